import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/core/check.ts';
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { entrySchema, type Entry } from '../../src/core/knowledge/schema.ts';
import { DEFAULT_THRESHOLDS } from '../../src/core/match/decide.ts';
import type { Matcher, RankedHit } from '../../src/core/match/types.ts';

function entry(id: string): Entry {
  return entrySchema.parse({
    id,
    claim: `Claim ${id}`,
    verdict: 'false',
    summary: { en: 'Summary.' },
    phrasings: { en: [`phrasing ${id}`] },
    statements: [{ speaker: 'S', org: 'O', date: '2020-01-01', quote: 'Q.', url: 'https://example.gov/', verification: 'primary' }],
    reviewed: '2026-11-25',
  });
}

const kb = new KnowledgeBase(['a', 'b', 'c'].map(entry));
const between = (f: number): number => DEFAULT_THRESHOLDS.suggest + f * (DEFAULT_THRESHOLDS.match - DEFAULT_THRESHOLDS.suggest);
function matcher(hits: Omit<RankedHit, 'score' | 'stance'>[], queryTokens = 5): Matcher {
  return {
    rank: (_text, options) => ({
      lang: options?.lang ?? 'en',
      hits: hits.map((h, i) => ({ ...h, score: 10 - i, stance: 'repeats' as const })),
      queryTokens,
      truncated: false,
    }),
  };
}

describe('checkClaim', () => {
  it('lists suggestions most likely first, even when the first-stage order differs', () => {
    const result = checkClaim('x', { kb, matcher: matcher([{ id: 'a', confidence: between(0.1) }, { id: 'b', confidence: between(0.9) }]) });
    expect(result.outcome).toBe('suggest');
    if (result.outcome === 'suggest') expect(result.candidates.map((c) => c.entry.id)).toEqual(['b', 'a']);
  });

  it('answers a confident hit as a match with its entry', () => {
    const result = checkClaim('x', { kb, matcher: matcher([{ id: 'c', confidence: 0.99 }]) });
    expect(result).toMatchObject({ outcome: 'match', entry: { id: 'c' }, stance: 'repeats' });
  });

  it('never auto-matches a very short input, however confident the matcher is', () => {
    const result = checkClaim('x', { kb, matcher: matcher([{ id: 'c', confidence: 0.99 }], 1) });
    expect(result.outcome).not.toBe('match');
  });

  it('ignores hits for entries the knowledge base does not serve', () => {
    const result = checkClaim('x', { kb, matcher: matcher([{ id: 'gone', confidence: 0.99 }]) });
    expect(result).toMatchObject({ outcome: 'none', reason: 'no-candidate' });
  });

  it('answers in the forced language', () => {
    expect(checkClaim('x', { kb, lang: 'ja', matcher: matcher([]) }).lang).toBe('ja');
  });
});
