import { describe, expect, it } from 'vitest';
import { averagePrecisionAt, quantile, recallAt, reciprocalRank, scoreRuns } from '../../src/eval/metrics.ts';

const gold = (...ids: string[]): Set<string> => new Set(ids);

describe('AP@k (trectools definition)', () => {
  it('two gold docs at ranks 1 and 3 give AP@5 = (1 + 2/3) / 2', () => {
    expect(averagePrecisionAt(['g1', 'x', 'g2', 'y', 'z'], gold('g1', 'g2'), 5)).toBeCloseTo((1 + 2 / 3) / 2, 12);
  });

  it('divides by all gold docs even when k is smaller than R', () => {
    // Only rank 1 is inside k = 1: P@1 = 1, R = 2.
    expect(averagePrecisionAt(['g1', 'g2'], gold('g1', 'g2'), 1)).toBe(0.5);
  });

  it('is 1/rank for a single gold doc inside k and 0 outside', () => {
    expect(averagePrecisionAt(['a', 'b', 'g'], gold('g'), 5)).toBeCloseTo(1 / 3, 12);
    expect(averagePrecisionAt(['a', 'b', 'g'], gold('g'), 2)).toBe(0);
  });

  it('does not count a repeated doc twice', () => {
    expect(averagePrecisionAt(['g', 'g', 'h'], gold('g', 'h'), 5)).toBeCloseTo((1 + 1) / 2, 12);
  });
});

describe('reciprocal rank and recall', () => {
  it('MRR uses the first gold doc anywhere in the ranking', () => {
    expect(reciprocalRank(['a', 'b', 'c', 'd', 'g'], gold('g'))).toBe(0.2);
    expect(reciprocalRank(['a'], gold('g'))).toBe(0);
  });

  it('recall@k is the share of gold docs in the top k', () => {
    const ranked = Array.from({ length: 25 }, (_, i) => `d${i}`);
    expect(recallAt(ranked, gold('d0', 'd22'), 20)).toBe(0.5);
  });
});

describe('scoreRuns', () => {
  it('averages over gold queries and counts a query with no results as 0', () => {
    const qrels = new Map([
      ['q1', gold('a')],
      ['q2', gold('b', 'c')],
      ['q3', gold('z')],
    ]);
    const runs = new Map<string, string[]>([
      ['q1', ['a', 'x']], // AP@1 = 1, RR = 1
      ['q2', ['b', 'x', 'c']], // AP@1 = 1/2, AP@3 = AP@5 = (1 + 2/3)/2, RR = 1
      ['q9', ['a']], // no gold: ignored
    ]); // q3 missing: 0
    const m = scoreRuns(runs, qrels);
    expect(m.queries).toBe(3);
    expect(m.map1).toBeCloseTo((1 + 0.5 + 0) / 3, 12);
    expect(m.map3).toBeCloseTo((1 + 5 / 6 + 0) / 3, 12);
    expect(m.map5).toBeCloseTo((1 + 5 / 6 + 0) / 3, 12);
    expect(m.mrr).toBeCloseTo(2 / 3, 12);
    expect(m.recall20).toBeCloseTo((1 + 1 + 0) / 3, 12);
  });
});

describe('quantile', () => {
  it('uses the nearest-rank method', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBe(0);
  });
});
