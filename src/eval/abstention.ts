import { decide, DEFAULT_THRESHOLDS, type Thresholds } from '../core/match/decide.ts';
import type { RankResult } from '../core/match/types.ts';
import type { QueryOutcome } from './evaluate.ts';
import type { Qrels } from './qrels.ts';

export interface TierShares {
  match: number;
  suggest: number;
  none: number;
}

/**
 * How the bot would answer: the decide() tiers with the answer in the KB, top-1 precision of the
 * confident `match` answers, and the tiers when the right answer is missing from the KB.
 */
export interface AbstentionView {
  queries: number;
  withGold: TierShares;
  /** Share of `match` answers whose top hit is gold; null when nothing was matched. */
  matchPrecision: number | null;
  matched: number;
  /** Each query re-ranked with its gold docs excluded from the collection: every `match` here is a confident wrong answer. */
  goldRemoved: TierShares;
  /**
   * Share of queries whose gold-removed `match` is a copy of a gold doc (same claim text once case,
   * quotes and punctuation are ignored): the collection holds duplicates, so these answers are not wrong.
   */
  goldRemovedDuplicateMatch: number;
}

export interface AbstentionOptions {
  thresholds?: Thresholds;
  /** The claim text of a document id, to recognise duplicates of a gold doc. */
  claimOf?: (id: string) => string | undefined;
}

/** Claim text compared without case, quote style or punctuation. */
export function claimKey(claim: string): string {
  return claim.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function shares(kinds: readonly string[]): TierShares {
  const n = kinds.length || 1;
  const count = (k: string): number => kinds.filter((x) => x === k).length / n;
  return { match: count('match'), suggest: count('suggest'), none: count('none') };
}

function withoutGold(ranked: RankResult, gold: ReadonlySet<string>): RankResult {
  return { ...ranked, hits: ranked.hits.filter((h) => !gold.has(h.id)) };
}

/** Computed over the evaluated queries that have gold documents. */
export function abstentionView(outcomes: readonly QueryOutcome[], qrels: Qrels, options: AbstentionOptions = {}): AbstentionView {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const keyOf = (id: string): string | undefined => {
    const claim = options.claimOf?.(id);
    return claim === undefined ? undefined : claimKey(claim);
  };
  const judged = outcomes.flatMap((o) => {
    const gold = qrels.get(o.query.id);
    // Filtering again also covers a matcher that ignores `exclude`.
    return gold ? [{ ranked: o.ranked, gold, removed: withoutGold(o.rankedWithoutGold ?? o.ranked, gold) }] : [];
  });
  const decisions = judged.map(({ ranked, gold }) => ({ kind: decide(ranked, thresholds).kind, ranked, gold }));
  const matches = decisions.filter((d) => d.kind === 'match');
  const correct = matches.filter((d) => {
    const top = d.ranked.hits[0];
    return top !== undefined && d.gold.has(top.id);
  }).length;
  const removedKinds = judged.map(({ removed }) => decide(removed, thresholds).kind);
  const duplicates = judged.filter(({ removed, gold }, i) => {
    const topKey = removed.hits[0] && keyOf(removed.hits[0].id);
    return removedKinds[i] === 'match' && topKey !== undefined && [...gold].some((g) => keyOf(g) === topKey);
  }).length;
  return {
    queries: judged.length,
    withGold: shares(decisions.map((d) => d.kind)),
    matchPrecision: matches.length === 0 ? null : correct / matches.length,
    matched: matches.length,
    goldRemoved: shares(removedKinds),
    goldRemovedDuplicateMatch: duplicates / (judged.length || 1),
  };
}
