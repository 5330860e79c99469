import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { buildFuzzyIndex, editDistance, splitCompound } from '../../src/core/match/fuzzy.ts';

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

describe('splitCompound', () => {
  const vocab = new Map([['stoneman', 0], ['shoot', 1], ['rig', 2], ['elect', 3], ['fyre', 4], ['festiv', 5]]);
  const known = (t: string) => vocab.get(t);
  const stem = (w: string) => stemmer(w);

  it('splits run-together words and hashtags into two known terms', () => {
    expect(splitCompound('stonemanshoot', known, stem)).toEqual([0, 1]);
    expect(splitCompound('riggedelect', known, stem)).toEqual([2, 3]);
    expect(splitCompound('fyrefestiv', known, stem)).toEqual([4, 5]);
  });

  it('leaves words alone when a half is unknown or too short', () => {
    expect(splitCompound('stonemanxyzzy', known, stem)).toBeUndefined();
    expect(splitCompound('rigfyre', known, stem)).toBeUndefined();
  });
});
