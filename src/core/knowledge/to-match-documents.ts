import type { MatchDocument } from '../match/types.ts';
import type { Entry } from './schema.ts';

function allLocales(lists: Partial<Record<string, readonly string[]>> | undefined): string[] {
  return lists ? Object.values(lists).flatMap((l) => l ?? []) : [];
}

/** What the matcher indexes for each entry: claim, phrasings and corrections in every locale, quotes. */
export function toMatchDocuments(entries: readonly Entry[]): MatchDocument[] {
  return entries.map((e) => ({
    id: e.id,
    claim: e.claim,
    phrasings: allLocales(e.phrasings),
    corrections: allLocales(e.corrections),
    quotes: [...e.statements.map((s) => s.quote), ...Object.values(e.summary).filter((s): s is string => !!s)],
  }));
}
