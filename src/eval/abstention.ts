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
export function abstentionView(
  outcomes: readonly QueryOutcome[],
  qrels: Qrels,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): AbstentionView {
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
  return {
    queries: judged.length,
    withGold: shares(decisions.map((d) => d.kind)),
    matchPrecision: matches.length === 0 ? null : correct / matches.length,
    matched: matches.length,
    goldRemoved: shares(judged.map(({ removed }) => decide(removed, thresholds).kind)),
  };
}
