import type { CheckResult } from '../core/check-result.ts';
import { t } from '../core/i18n/index.ts';
import { summaryFor } from '../core/knowledge/knowledge-base.ts';
import type { Entry, Locale, Statement, Verdict } from '../core/knowledge/schema.ts';
import { MAX_CLAIM_CHARS } from '../core/match/normalize.ts';

/**
 * How the user's text relates to the rated claim. Decides the wording, so a user who stated the
 * accurate version never sees "False" stamped on what they said.
 */
export type Framing = 'repeats' | 'agrees' | 'disagrees' | 'unclear';

export interface StatementView {
  speaker: string;
  role?: string;
  org: string;
  date: string;
  /** Date for humans in the card's locale, e.g. "Oct 21, 2020" / "2020年10月21日". */
  dateText: string;
  quote: string;
  url: string;
  secondary: boolean;
  /** "John Ratcliffe, Director of National Intelligence, ODNI". */
  attribution: string;
}

export interface CandidateView {
  id: string;
  claim: string;
  verdict: Verdict;
  verdictLabel: string;
  confidence: number;
}

/** Platform-neutral view of an answer. Renderers only format it (and escape every string). */
export interface Card {
  kind: CheckResult['outcome'];
  locale: Locale;
  headline: string;
  /** One or two sentences explaining the headline. */
  explanation: string;
  entryId?: string;
  claim?: string;
  verdict?: Verdict;
  verdictLabel?: string;
  framing?: Framing;
  summary?: string;
  confidence?: number;
  /** Best first: primary sources before secondary ones. */
  statements: StatementView[];
  candidates: CandidateView[];
  advice?: string;
  /** Extra notices such as "only the first N characters were checked". */
  notes: string[];
}

const TRUE_ISH: readonly Verdict[] = ['true', 'true-with-context'];

export function framingFor(stance: 'repeats' | 'contradicts' | 'unclear', verdict: Verdict): Framing {
  if (stance === 'repeats') return 'repeats';
  if (stance === 'unclear') return 'unclear';
  return TRUE_ISH.includes(verdict) ? 'disagrees' : 'agrees';
}

export function verdictLabel(locale: Locale, verdict: Verdict): string {
  return t(locale, `verdict.${verdict}`);
}

const INTL_TAG: Record<Locale, string> = { en: 'en-US', es: 'es-ES', ja: 'ja-JP' };

export function formatDate(locale: Locale, isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(INTL_TAG[locale], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d);
}

export function statementView(locale: Locale, s: Statement): StatementView {
  return {
    speaker: s.speaker,
    role: s.role,
    org: s.org,
    date: s.date,
    dateText: formatDate(locale, s.date),
    quote: s.quote,
    url: s.url,
    secondary: s.verification === 'secondary',
    attribution: [...new Set([s.speaker, s.role, s.org].filter((p): p is string => !!p))].join(', '),
  };
}

/** Primary sources first, then the curator's order. */
export function rankedStatements(entry: Entry): Statement[] {
  return entry.statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(a.s.verification === 'secondary') - Number(b.s.verification === 'secondary') || a.i - b.i)
    .map(({ s }) => s);
}

/** The card for one entry, as shown for a match or after a user picks a suggestion. */
export function entryCard(entry: Entry, locale: Locale, stance: 'repeats' | 'contradicts' | 'unclear' = 'repeats', confidence?: number): Card {
  const label = verdictLabel(locale, entry.verdict);
  const framing = framingFor(stance, entry.verdict);
  return {
    kind: 'match',
    locale,
    headline: t(locale, `headline.${framing}`, { verdict: label }),
    explanation: t(locale, `explain.${framing}`, { claim: entry.claim, verdict: label }),
    entryId: entry.id,
    claim: entry.claim,
    verdict: entry.verdict,
    verdictLabel: label,
    framing,
    summary: summaryFor(entry, locale),
    confidence,
    statements: rankedStatements(entry).map((s) => statementView(locale, s)),
    candidates: [],
    notes: [],
  };
}

/** Builds the card for any CheckResult. */
export function cardFor(result: CheckResult): Card {
  const locale = result.lang;
  const notes = result.truncated ? [t(locale, 'note.truncated', { max: MAX_CLAIM_CHARS })] : [];
  if (result.outcome === 'match') {
    return { ...entryCard(result.entry, locale, result.stance, result.confidence), notes };
  }
  if (result.outcome === 'suggest') {
    return {
      kind: 'suggest',
      locale,
      headline: t(locale, 'suggest.headline'),
      explanation: t(locale, 'suggest.explain'),
      statements: [],
      candidates: result.candidates.map(({ entry, confidence }) => ({
        id: entry.id,
        claim: entry.claim,
        verdict: entry.verdict,
        verdictLabel: verdictLabel(locale, entry.verdict),
        confidence,
      })),
      notes,
    };
  }
  const explanation =
    result.reason === 'empty' ? t(locale, 'none.empty') : result.reason === 'too-short' ? t(locale, 'none.too-short') : t(locale, 'none.explain');
  return {
    kind: 'none',
    locale,
    headline: t(locale, 'none.headline'),
    explanation,
    statements: [],
    candidates: [],
    advice: result.reason === 'empty' || result.reason === 'too-short' ? undefined : t(locale, 'none.advice'),
    notes,
  };
}
