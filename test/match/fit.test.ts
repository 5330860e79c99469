import { describe, expect, it } from 'vitest';
import { fitConditionalLogit, solve, type TrainingList } from '../../src/core/match/fit.ts';
import { linearScore, probabilities } from '../../src/core/match/model.ts';

// Toy lists: feature 0 is "overlap"; the right candidate has the highest overlap when one
// exists, and lists without a right answer have only low-overlap candidates.
function toyLists(): TrainingList[] {
  const lists: TrainingList[] = [];
  for (let i = 0; i < 60; i++) {
    const low = [0.1 + (i % 5) * 0.05, 0.2];
    const high = [0.8 + (i % 3) * 0.05, 0.2];
    if (i % 2 === 0) lists.push({ rows: [low, high, [0.05, 0.3]], label: 1 });
    else lists.push({ rows: [low, [0.05, 0.3]], label: -1 });
  }
  return lists;
}

describe('solve', () => {
  it('solves a small linear system', () => {
    const x = solve([[2, 1], [1, 3]], [3, 5]);
    expect(x[0]).toBeCloseTo(0.8, 9);
    expect(x[1]).toBeCloseTo(1.4, 9);
  });
});

describe('fitConditionalLogit', () => {
  const model = fitConditionalLogit(toyLists(), { l2: 0.1, iterations: 50 });
  const prob = (rows: number[][]) => probabilities(rows.map((r) => linearScore(model, r)));

  it('learns to put the right candidate first with a high probability', () => {
    const p = prob([[0.2, 0.2], [0.85, 0.2]]);
    expect(p[1]).toBeGreaterThan(0.8);
    expect(p[1]).toBeGreaterThan(p[0] ?? 1);
  });

  it('gives a list without a good candidate a low probability: "none of these" wins', () => {
    const p = prob([[0.2, 0.2], [0.05, 0.3]]);
    expect(Math.max(...p)).toBeLessThan(0.3);
  });

  it('is deterministic: the same data gives the same weights', () => {
    expect(fitConditionalLogit(toyLists(), { l2: 0.1, iterations: 50 })).toEqual(model);
  });
});

describe('probabilities', () => {
  it('keeps every probability in [0, 1] with room for "none", even for extreme scores', () => {
    const p = probabilities([1000, -1000, 3]);
    expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(p.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    expect(probabilities([])).toEqual([]);
  });
});
