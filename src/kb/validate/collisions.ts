import type { Entry } from '../../core/knowledge/schema.ts';
import { toMatchDocuments } from '../../core/knowledge/to-match-documents.ts';
import { decide, DEFAULT_THRESHOLDS, type Thresholds } from '../../core/match/decide.ts';
import type { MatcherFactory } from '../../core/match/types.ts';
import type { Finding } from './finding.ts';

/**
 * Ranks every entry's claim and phrasings against the whole knowledge base, drafts included
 * (a draft is about to be published), the way the bot ranks a user's message.
 *
 * When another entry ranks first:
 * - an error if it would be answered at the match tier (the bot would confidently give the
 *   other entry's verdict to someone typing this exact phrasing) and both entries are published;
 * - a warning otherwise (a suggestion list in the wrong order, or a draft involved).
 * A phrasing that finds no entry at all is a warning too: users who say it get "no match".
 */
export function findCollisions(
  entries: readonly Entry[],
  fileOf: (id: string) => string,
  makeMatcher: MatcherFactory,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Finding[] {
  const matcher = makeMatcher(toMatchDocuments(entries));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const findings: Finding[] = [];

  for (const entry of entries) {
    const texts: [string, string][] = [['claim', entry.claim]];
    for (const [locale, list] of Object.entries(entry.phrasings)) {
      (list ?? []).forEach((p, i) => texts.push([`phrasings.${locale}[${i}]`, p]));
    }
    for (const [path, text] of texts) {
      const ranked = matcher.rank(text, { limit: 5 });
      const top = ranked.hits[0];
      if (!top) {
        findings.push({ severity: 'warning', check: 'unmatched', file: fileOf(entry.id), path, message: `"${text}" finds no entry at all: the bot would say nothing matched.` });
        continue;
      }
      if (top.id === entry.id) continue;
      const other = byId.get(top.id);
      const ownRank = ranked.hits.findIndex((h) => h.id === entry.id);
      const wouldAnswer = decide(ranked, thresholds).kind === 'match';
      const published = entry.status !== 'draft' && other?.status !== 'draft';
      const where = ownRank >= 0 ? `this entry is #${ownRank + 1}` : 'this entry is not in the top 5';
      findings.push({
        severity: wouldAnswer && published ? 'error' : 'warning',
        check: 'collision',
        file: fileOf(entry.id),
        path,
        message:
          `"${text}" ranks "${top.id}" first (confidence ${top.confidence.toFixed(2)}` +
          `${wouldAnswer ? ', the bot would answer with it' : ''}); ${where}. ` +
          'Make the phrasing more specific, or move it to the other entry.',
      });
    }
  }
  return findings;
}
