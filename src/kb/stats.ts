import { LOCALES, VERDICTS, type Entry, type Locale, type Verdict } from '../core/knowledge/schema.ts';

export const STALE_AFTER_DAYS = 180;

export interface KbStats {
  total: number;
  published: number;
  drafts: number;
  byVerdict: Record<Verdict, number>;
  /** Entries with a summary, and with at least one phrasing, in each locale. */
  languages: Record<Locale, { summaries: number; phrasings: number }>;
  /** Organisation → number of statements, most first. */
  statementsByOrg: { org: string; statements: number }[];
  /** Entries whose last review is more than `staleAfterDays` before today, oldest first. */
  stale: { id: string; reviewed: string; days: number }[];
  today: string;
  staleAfterDays: number;
}

const DAY_MS = 86_400_000;
/** Whole days between two YYYY-MM-DD dates; calendar arithmetic, no clock. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function computeStats(entries: readonly Entry[], today: string, staleAfterDays = STALE_AFTER_DAYS): KbStats {
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const languages = Object.fromEntries(LOCALES.map((l) => [l, { summaries: 0, phrasings: 0 }])) as KbStats['languages'];
  const orgs = new Map<string, number>();
  const stale: KbStats['stale'] = [];

  for (const e of entries) {
    byVerdict[e.verdict] += 1;
    for (const l of LOCALES) {
      if (e.summary[l]) languages[l].summaries += 1;
      if ((e.phrasings[l]?.length ?? 0) > 0) languages[l].phrasings += 1;
    }
    for (const s of e.statements) orgs.set(s.org, (orgs.get(s.org) ?? 0) + 1);
    const days = daysBetween(e.reviewed, today);
    if (days > staleAfterDays) stale.push({ id: e.id, reviewed: e.reviewed, days });
  }
  const drafts = entries.filter((e) => e.status === 'draft').length;
  return {
    total: entries.length,
    published: entries.length - drafts,
    drafts,
    byVerdict,
    languages,
    statementsByOrg: [...orgs].map(([org, statements]) => ({ org, statements })).sort((a, b) => b.statements - a.statements || a.org.localeCompare(b.org)),
    stale: stale.sort((a, b) => b.days - a.days || a.id.localeCompare(b.id)),
    today,
    staleAfterDays,
  };
}

export function formatStats(s: KbStats): string {
  const pad = (label: string, width: number) => label.padEnd(width);
  const lines = [
    `${s.total} entries (${s.published} published, ${s.drafts} draft${s.drafts === 1 ? '' : 's'})`,
    '',
    'Entries per verdict:',
    ...VERDICTS.map((v) => `  ${pad(v, 18)} ${s.byVerdict[v]}`),
    '',
    'Language coverage (entries with a summary / with phrasings):',
    ...LOCALES.map((l) => `  ${pad(l, 4)} ${s.languages[l].summaries}/${s.total} summaries, ${s.languages[l].phrasings}/${s.total} phrasings`),
    '',
    'Statements per organisation:',
    ...(s.statementsByOrg.length > 0 ? s.statementsByOrg.map((o) => `  ${o.statements}  ${o.org}`) : ['  (none)']),
    '',
    `Not reviewed for over ${s.staleAfterDays} days (as of ${s.today}):`,
    ...(s.stale.length > 0 ? s.stale.map((x) => `  ${x.id}: reviewed ${x.reviewed} (${x.days} days ago)`) : ['  (none)']),
  ];
  return lines.join('\n') + '\n';
}
