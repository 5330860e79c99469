import { describe, expect, it } from 'vitest';
import { boostRanker } from '../../src/core/match/boost.ts';
import type { TrainingList } from '../../src/core/match/fit.ts';
import { ensembleScore, treeScore, type TreeNode } from '../../src/core/match/trees.ts';

// The right candidate is the one whose feature 0 lies in a middle band: no linear score can
// rank that, a depth-2 tree can.
function bandLists(): TrainingList[] {
  return Array.from({ length: 40 }, (_, i) => ({
    rows: [[0.1 + (i % 4) * 0.01, 1], [0.5 + (i % 3) * 0.01, 1], [0.9 - (i % 5) * 0.01, 1]],
    label: 1,
  }));
}
const options = { trees: 30, depth: 2, learningRate: 0.3, lambda: 1, minChildWeight: 0.5 };

describe('treeScore', () => {
  it('follows splits to a leaf', () => {
    const tree: TreeNode[] = [
      { f: 0, t: 0.5, l: 1, r: 2, v: 0 },
      { f: -1, t: 0, l: 0, r: 0, v: -1 },
      { f: -1, t: 0, l: 0, r: 0, v: 2 },
    ];
    expect(treeScore(tree, [0.2])).toBe(-1);
    expect(treeScore(tree, [0.7])).toBe(2);
  });
});

describe('boostRanker', () => {
  const ensemble = boostRanker(bandLists(), options);

  it('learns a nonlinear preference that puts the right candidate first', () => {
    const s = [[0.12, 1], [0.51, 1], [0.88, 1]].map((x) => ensembleScore(ensemble, x));
    expect(s[1]).toBeGreaterThan(s[0] ?? Infinity);
    expect(s[1]).toBeGreaterThan(s[2] ?? Infinity);
  });

  it('is deterministic', () => {
    expect(boostRanker(bandLists(), options)).toEqual(ensemble);
  });

  it('keeps scores bounded far outside the training range', () => {
    const inside = ensembleScore(ensemble, [0.5, 1]);
    const outside = ensembleScore(ensemble, [1e9, 1e9]);
    expect(Number.isFinite(outside)).toBe(true);
    expect(Math.abs(outside)).toBeLessThanOrEqual(Math.abs(inside) + 10);
  });
});

describe('boostRanker with a "none of these" option', () => {
  // Lists whose candidates all have feature 0 above 0.5 have no right answer; the others' first
  // candidate is right. Trees should learn to lower every candidate of the first kind.
  const lists: TrainingList[] = Array.from({ length: 40 }, (_, i) =>
    i % 2 === 0
      ? { rows: [[0.8 + (i % 3) * 0.01], [0.7]], label: -1 }
      : { rows: [[0.2 + (i % 3) * 0.01], [0.3]], label: 0 },
  );
  const withNone = boostRanker(lists, { ...options, noneOption: true });

  it('scores candidates of answerless lists below right answers', () => {
    expect(ensembleScore(withNone, [0.8])).toBeLessThan(ensembleScore(withNone, [0.2]));
    expect(ensembleScore(withNone, [0.8])).toBeLessThan(0);
  });

  it('learns from one-candidate lists, where a plain softmax has nothing to compare', () => {
    const alone: TrainingList[] = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? { rows: [[0.8 + (i % 3) * 0.01]], label: -1 } : { rows: [[0.2 + (i % 3) * 0.01]], label: 0 },
    );
    expect(ensembleScore(boostRanker(alone, { ...options, noneOption: true }), [0.2])).toBeGreaterThan(0);
    expect(ensembleScore(boostRanker(alone, options), [0.2])).toBeLessThanOrEqual(0);
  });
});
