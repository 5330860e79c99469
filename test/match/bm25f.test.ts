import { describe, expect, it } from 'vitest';
import { bm25Idf, buildBm25f, type FieldTerms } from '../../src/core/match/bm25f.ts';

const doc = (claim: number[], phrasings: number[] = [], quotes: number[] = []): FieldTerms => ({ claim, phrasings, corrections: [], quotes });

describe('buildBm25f', () => {
  // term ids: 0 mail, 1 ballot, 2 fraud, 3 machine, 4 vote, 5 common
  const index = buildBm25f([doc([0, 1, 2, 5]), doc([3, 4, 5]), doc([5], [], [0, 1, 2])], 6);

  it('ranks the document that holds the query terms in its claim first', () => {
    const hits = index.search([0, 1, 2], 3);
    expect(hits.map((h) => h.doc)).toEqual([0, 2]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('gives rarer terms more weight', () => {
    expect(index.idf(3)).toBeGreaterThan(index.idf(5));
    expect(bm25Idf(10, 1)).toBeGreaterThan(bm25Idf(10, 5));
  });

  it('returns at most `limit` hits, skips excluded documents and ignores unknown ids', () => {
    expect(index.search([5], 1)).toHaveLength(1);
    expect(index.search([0, 1, 2], 3, (d) => d === 0).map((h) => h.doc)).toEqual([2]);
    expect(index.search([99, -1], 5)).toEqual([]);
  });

  it('scales a term by its weight (typo corrections count less)', () => {
    const full = index.search([3], 1)[0]?.score ?? 0;
    const half = index.search([3], 1, undefined, [0.5])[0]?.score ?? 0;
    expect(half).toBeCloseTo(full / 2, 6);
  });

  it('leaves no state behind between queries', () => {
    const first = index.search([0, 1], 3);
    index.search([3, 4, 5], 3);
    expect(index.search([0, 1], 3)).toEqual(first);
  });
});
