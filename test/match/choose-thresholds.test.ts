import { describe, expect, it } from 'vitest';
import { chooseMatchThreshold } from '../../src/core/match/choose-thresholds.ts';

const goals = { precision: 0.75, removedMatchRate: 0.5 };

describe('chooseMatchThreshold', () => {
  it('takes the lowest threshold whose every stricter cut still meets the precision goal', () => {
    const tops = [
      { confidence: 0.9, correct: true },
      { confidence: 0.8, correct: true },
      { confidence: 0.7, correct: true },
      { confidence: 0.6, correct: false },
      { confidence: 0.5, correct: false },
      { confidence: 0.4, correct: true },
    ];
    const c = chooseMatchThreshold(tops, [], goals);
    expect(c.match).toBe(0.6);
    expect(c.precision).toBe(0.75);
    expect(c.coverage).toBeCloseTo(4 / 6);
  });

  it('raises the threshold until few enough gold-removed queries would be matched', () => {
    const tops = [0.9, 0.8, 0.7, 0.6].map((confidence) => ({ confidence, correct: true }));
    const c = chooseMatchThreshold(tops, [0.75, 0.65, 0.1, 0.1], { precision: 0.9, removedMatchRate: 0.25 });
    expect(c.match).toBe(0.7);
    expect(c.removedMatchRate).toBe(0.25);
  });

  it('matches nothing when even the most confident answer is wrong', () => {
    const c = chooseMatchThreshold([{ confidence: 0.9, correct: false }], [], goals);
    expect(c).toMatchObject({ match: 1, coverage: 0 });
  });
});
