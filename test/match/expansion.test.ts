import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/match/corpus.ts';
import { expansionShare, expansionTerms } from '../../src/core/match/expansion.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const doc = (id: string, claim: string, quotes: string[] = []): MatchDocument => ({ id, claim, phrasings: [], corrections: [], quotes });

describe('pseudo-relevance feedback', () => {
  const corpus = buildCorpus([
    doc('a', 'migrant caravan reaches the border'),
    doc('b', 'caravan of migrants at the southern border'),
    doc('c', 'a caravan crossed the river', ['zebra zebra']),
    doc('d', 'the moon landing was staged'),
  ]);
  const id = (t: string): number => corpus.vocab.get(t) ?? -1;
  const docs = corpus.docs;
  const idf = (): number => 1;
  const query = new Map([[id('border'), 1]]);
  const feedback = [0, 1, 2].map((i) => ({ doc: docs[i]!, score: 3 - i }));

  it('keeps terms that several feedback documents share and the query lacks', () => {
    const terms = expansionTerms(feedback, query, idf);
    expect(terms.has(id('caravan'))).toBe(true);
    expect(terms.has(id('border'))).toBe(false);
    // Only one feedback document says "river", and quotes never count.
    expect(terms.has(id('river'))).toBe(false);
    expect(terms.has(id('zebra'))).toBe(false);
    const total = [...terms.values()].reduce((s, w) => s + w, 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('scores an on-topic document above an off-topic one', () => {
    const terms = expansionTerms(feedback, query, idf);
    expect(expansionShare(docs[2]!, terms)).toBeGreaterThan(0);
    expect(expansionShare(docs[3]!, terms)).toBe(0);
    expect(expansionShare(docs[0]!, terms)).toBeLessThanOrEqual(1);
  });

  it('gives nothing without feedback', () => {
    expect(expansionTerms([], query, idf).size).toBe(0);
    expect(expansionShare(docs[0]!, new Map())).toBe(0);
  });
});
