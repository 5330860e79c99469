import type { Qrels } from './qrels.ts';

/**
 * Ranking metrics as the official CheckThat scorer (trectools) defines them. The ranking is the
 * system's order, best first; duplicate ids after the first occurrence are ignored.
 */

function dedupe(ranked: readonly string[]): string[] {
  return [...new Set(ranked)];
}

/** AP@k = (1/R) Σ_{r ≤ k, doc at r gold} P@r, with R = |gold| (not capped at k). */
export function averagePrecisionAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  let found = 0;
  let sum = 0;
  dedupe(ranked)
    .slice(0, k)
    .forEach((id, i) => {
      if (!gold.has(id)) return;
      found++;
      sum += found / (i + 1);
    });
  return sum / gold.size;
}

/** 1 / rank of the first gold document in the whole ranking, 0 if none. */
export function reciprocalRank(ranked: readonly string[], gold: ReadonlySet<string>): number {
  const at = dedupe(ranked).findIndex((id) => gold.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** Share of the gold documents found in the top k. */
export function recallAt(ranked: readonly string[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  return dedupe(ranked).slice(0, k).filter((id) => gold.has(id)).length / gold.size;
}

export interface RankingMetrics {
  map1: number;
  map3: number;
  map5: number;
  mrr: number;
  recall20: number;
  /** Number of gold queries averaged over. */
  queries: number;
}

/**
 * Means over every query in the qrels; a gold query missing from `runs` counts 0 (the 2022 scorer
 * refuses such runs; scoring it 0 is the stricter reading). Run queries without gold are ignored.
 */
export function scoreRuns(runs: ReadonlyMap<string, readonly string[]>, qrels: Qrels): RankingMetrics {
  const totals = { map1: 0, map3: 0, map5: 0, mrr: 0, recall20: 0 };
  for (const [qid, gold] of qrels) {
    const ranked = runs.get(qid) ?? [];
    totals.map1 += averagePrecisionAt(ranked, gold, 1);
    totals.map3 += averagePrecisionAt(ranked, gold, 3);
    totals.map5 += averagePrecisionAt(ranked, gold, 5);
    totals.mrr += reciprocalRank(ranked, gold);
    totals.recall20 += recallAt(ranked, gold, 20);
  }
  const n = qrels.size;
  const mean = (x: number): number => (n === 0 ? 0 : x / n);
  return {
    map1: mean(totals.map1),
    map3: mean(totals.map3),
    map5: mean(totals.map5),
    mrr: mean(totals.mrr),
    recall20: mean(totals.recall20),
    queries: n,
  };
}

/** The q-th quantile (0..1) by the nearest-rank method; 0 for an empty sample. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}
