import type { CheckResult } from './check-result.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';
import type { Entry, Locale } from './knowledge/schema.ts';
import { decide, type Thresholds } from './match/decide.ts';
import type { Matcher } from './match/types.ts';

export interface CheckOptions {
  /** The user's locale from the platform, used when the text's language is unclear. */
  locale?: Locale;
  /** Forces the language (CLI --lang, a user's /lang choice): tokenization and the answer use it. */
  lang?: Locale;
  thresholds?: Thresholds;
}

export interface CheckContext extends CheckOptions {
  kb: KnowledgeBase;
  matcher: Matcher;
}

/** The one entry point: a user's text in, a decided CheckResult out. Pure and synchronous. */
export function checkClaim(text: string, ctx: CheckContext): CheckResult {
  const ranked = ctx.matcher.rank(text, { limit: 5, lang: ctx.lang });
  const lang: Locale = ctx.lang ?? (ranked.lang === 'other' ? (ctx.locale ?? 'en') : ranked.lang);
  const truncated = ranked.truncated;
  const decision = decide(ranked, ctx.thresholds);
  const entryAt = (i: number): Entry | undefined => {
    const hit = ranked.hits[i];
    return hit ? ctx.kb.get(hit.id) : undefined;
  };

  if (decision.kind === 'match') {
    const hit = ranked.hits[0];
    const entry = entryAt(0);
    if (hit && entry) {
      return { outcome: 'match', entry, confidence: hit.confidence, stance: hit.stance, lang, truncated };
    }
  }
  if (decision.kind === 'suggest') {
    // Most likely first: the reranker's confidence, not the first-stage score, orders the choices.
    const candidates = decision.indices
      .flatMap((i) => {
        const entry = entryAt(i);
        const hit = ranked.hits[i];
        return entry && hit ? [{ entry, confidence: hit.confidence }] : [];
      })
      .sort((a, b) => b.confidence - a.confidence);
    if (candidates.length > 0) return { outcome: 'suggest', candidates, lang, truncated };
  }
  const reason = decision.kind === 'none' ? decision.reason : 'no-candidate';
  return { outcome: 'none', reason, lang, truncated };
}
