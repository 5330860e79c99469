import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/match/corpus.ts';
import { buildGramIdf, gramCosine, gramNorm, gramOverlap } from '../../src/core/match/gram-idf.ts';
import { trigramHashes } from '../../src/core/match/trigram.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const doc = (id: string, claim: string): MatchDocument => ({ id, claim, phrasings: [], corrections: [], quotes: [] });

describe('idf-weighted trigram cosine', () => {
  const corpus = buildCorpus([
    doc('a', 'corn flakes were invented to curb desire'),
    doc('b', 'the election was stolen'),
    doc('c', 'the election results were certified'),
  ]);
  const w = buildGramIdf(corpus.docs);
  const cosine = (query: string, i: number): number => {
    const grams = trigramHashes(query);
    const passage = corpus.docs[i]!.passages[0]!;
    return gramCosine(gramOverlap(passage.grams, grams, w), gramNorm(grams, w));
  };

  it('matches a run-together spelling of the same words', () => {
    expect(cosine('why were cornflakes invented', 0)).toBeGreaterThan(cosine('why were cornflakes invented', 1));
    expect(cosine('why were cornflakes invented', 0)).toBeGreaterThan(0.3);
  });

  it('is 1 for the identical text and 0 for an empty query', () => {
    expect(cosine('the election was stolen', 1)).toBeCloseTo(1, 6);
    expect(cosine('', 1)).toBe(0);
  });

  it('counts shared trigrams in one merge pass', () => {
    const a = Int32Array.from([1, 3, 5, 7]);
    const b = Int32Array.from([2, 3, 7, 9]);
    const unit = { weight: () => 1 };
    expect(gramOverlap(a, b, unit)).toEqual({ shared: 2, dot: 2, norm: 4 });
    expect(gramOverlap(a, new Int32Array(0), unit).shared).toBe(0);
  });

  it('weights rare trigrams above common ones', () => {
    expect(w.weight(trigramHashes('flakes')[0]!)).toBeGreaterThan(0);
    const common = trigramHashes('the')[0]!;
    const rare = [...trigramHashes('curb')].find((g) => !new Set(trigramHashes('the election was stolen the election results were certified')).has(g))!;
    expect(w.weight(rare)).toBeGreaterThan(w.weight(common));
  });
});
