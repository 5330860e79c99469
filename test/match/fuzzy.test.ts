import { describe, expect, it } from 'vitest';
import { buildFuzzyIndex, editDistance } from '../../src/core/match/fuzzy.ts';

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps as one edit each', () => {
    expect(editDistance('ballot', 'ballot', 2)).toBe(0);
    expect(editDistance('balot', 'ballot', 2)).toBe(1);
    expect(editDistance('dominoin', 'dominion', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('buildFuzzyIndex', () => {
  const vocab = ['dominion', 'ballot', 'fraudul', 'rang', 'elect'];
  const fuzzy = buildFuzzyIndex(vocab);

  it('maps a typo to the vocabulary term it was meant to be', () => {
    expect(vocab[fuzzy.correct('dominoin')?.term ?? -1]).toBe('dominion');
    expect(vocab[fuzzy.correct('fraudull')?.term ?? -1]).toBe('fraudul');
  });

  it('leaves short words, exact terms and far-away words alone', () => {
    expect(fuzzy.correct('elec')).toBeUndefined();
    expect(fuzzy.correct('ballot')).toBeUndefined();
    expect(fuzzy.correct('orang')).toBeUndefined();
    expect(fuzzy.correct('12345')).toBeUndefined();
  });
});
