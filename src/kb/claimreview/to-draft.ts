import { createHash } from 'node:crypto';
import { entrySchema, LOCALES, type Entry, type Locale, type Statement } from '../../core/knowledge/schema.ts';
import type { ImportedCitation, ImportedReview, ImportedSource } from './imported.ts';
import { ratingToVerdict, VERDICT_RATINGS } from './rating.ts';

/**
 * Turns an imported review into a draft entry. Drafts are never served; everything we could not
 * take verbatim from the input is listed in `notes` for the curator. We never compose a quote:
 * a statement's quote is either the citation's own text, or the fact-checker's own words (review
 * body, title or rating label) attributed to the fact-checker, marked `verification: secondary`.
 * Nor a source date: an undated source is left out, and a review with no dated source is refused.
 */
export interface Draft {
  entry: Entry;
  notes: string[];
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; where: string; problems: string[] };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_NOTE = 'Imported from ClaimReview: the reviewer’s text, not an official statement. Replace with a verified official quote before publishing.';
const CITATION_NOTE = 'Imported from ClaimReview citation: check the quote against the source before publishing.';

export function toLocale(lang: string | undefined): Locale | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === primary);
}

export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (direct?.[1]) return direct[1];
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** The exporter's identifier, our own review URL's last segment, or a slug of the claim. */
export function draftId(r: ImportedReview): string {
  if (r.identifier && KEBAB.test(r.identifier)) return r.identifier;
  const fromUrl = r.reviewUrl ? /\/claims\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(r.reviewUrl)?.[1] : undefined;
  if (fromUrl) return fromUrl;
  const slug = r.claim
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join('-');
  if (slug.length >= 8) return slug.slice(0, 60).replace(/-+$/, '');
  return `imported-${createHash('sha256').update(r.reviewUrl ?? r.claim).digest('hex').slice(0, 10)}`;
}

function fromCitation(c: ImportedCitation): Statement | undefined {
  const date = toIsoDate(c.date);
  if (!c.text || !c.speaker || !date) return undefined;
  return {
    speaker: c.speaker,
    ...(c.role ? { role: c.role } : {}),
    org: c.org ?? c.speaker,
    date,
    quote: c.text,
    url: c.url,
    verification: 'secondary',
    note: CITATION_NOTE,
  };
}

function fromSource(s: ImportedSource, notes: string[]): Statement | undefined {
  if (!s.url || !s.quote) return undefined;
  const publisher = s.publisher ?? safeHost(s.url);
  if (!publisher) return undefined;
  const date = toIsoDate(s.date);
  // House rule (knowledge/README.md): a statement with no date is left out until one is found.
  if (!date) {
    notes.push(`left out ${s.url}: the review carries no date.`);
    return undefined;
  }
  return { speaker: publisher, org: publisher, date, quote: s.quote.text, url: s.url, verification: 'secondary', note: SOURCE_NOTE };
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function summaries(r: ImportedReview, notes: string[]): Partial<Record<Locale, string>> & { en?: string } {
  const out: Partial<Record<Locale, string>> = {};
  for (const s of r.summaries) {
    const lang = s.lang ?? r.lang;
    const locale = toLocale(lang) ?? 'en';
    if (lang && !toLocale(lang)) notes.push(`the review is in "${lang}", which the bot does not speak: its text is kept under en; translate it.`);
    out[locale] ??= s.text;
  }
  if (!out.en) {
    const other = Object.values(out)[0];
    const label = r.rating.label;
    out.en = other ?? (label ? `Rated “${label}” by the reviewer.` : undefined);
    if (other) notes.push('summary.en holds the review text in its original language: translate it.');
    else notes.push('summary.en is a placeholder built from the rating: write the summary.');
  }
  return out;
}

export function toDraft(r: ImportedReview, opts: { today: string }): DraftResult {
  const notes: string[] = [...r.claimContext];
  const verdict = ratingToVerdict(r.rating);
  if (!verdict) notes.push(`verdict: the rating ${JSON.stringify(r.rating.label ?? r.rating.value ?? null)} has no equivalent; "unsupported" is a placeholder.`);
  else if (r.rating.label && r.rating.label.toLowerCase() !== VERDICT_RATINGS[verdict].label.toLowerCase()) notes.push(`verdict: mapped from the rating "${r.rating.label}": check it.`);

  const fromCitations = r.citations.map(fromCitation).filter((s): s is Statement => !!s);
  const statements = fromCitations.length > 0 ? fromCitations : r.sources.map((s) => fromSource(s, notes)).filter((s): s is Statement => !!s);
  const unusable = r.citations.filter((c) => !fromCitation(c)).map((c) => c.url);
  if (unusable.length > 0) notes.push(`sources to check (no quote, speaker or date in the markup): ${unusable.join(', ')}`);

  const claimLocale = toLocale(r.lang) ?? 'en';
  const reviewed = toIsoDate(r.datePublished);
  if (!reviewed) notes.push(`reviewed: no review date in the markup; ${opts.today} (import day) is a placeholder.`);

  const candidate = {
    id: draftId(r),
    claim: r.claim,
    verdict: verdict ?? 'unsupported',
    status: 'draft',
    summary: summaries(r, notes),
    phrasings: claimLocale === 'en' ? { en: [r.claim] } : { en: [], [claimLocale]: [r.claim] },
    statements,
    topics: r.keywords,
    reviewed: reviewed ?? opts.today,
  };
  const parsed = entrySchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    if (statements.length === 0) problems.unshift('no dated source URL with text to cite: nothing to attribute a statement to');
    return { ok: false, where: r.where, problems };
  }
  return { ok: true, draft: { entry: parsed.data, notes } };
}
