import { describe, expect, it } from 'vitest';
import { entityWords } from '../../src/core/match/entities.ts';

describe('entityWords', () => {
  it('finds capitalised names inside a sentence, acronyms, hashtags and handles', () => {
    const words = entityWords('A young boy asked us to show Maddox some love #maddoxstrong, says @AOC about DACA.');
    expect(words).toEqual(['Maddox', 'maddoxstrong', 'AOC', 'DACA']);
  });

  it('skips the capital that only starts a sentence', () => {
    expect(entityWords('Polls look bad. Looks like a war.')).toEqual([]);
    expect(entityWords('Voting is over\nNow we wait')).toEqual([]);
  });

  it('gives nothing for lower-case or empty text', () => {
    expect(entityWords('the election was stolen')).toEqual([]);
    expect(entityWords('')).toEqual([]);
  });
});
