import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/match/index.ts';
import { MAX_CLAIM_CHARS, normalize } from '../../src/core/match/normalize.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const docs: MatchDocument[] = [
  { id: 'a', claim: 'Mail-in ballots are full of fraud', phrasings: ['郵便投票は不正だらけ', 'el voto por correo es fraude'], corrections: ['mail ballots are safe'], quotes: ['Officials said so.'] },
  { id: 'b', claim: 'Dominion machines flipped votes', phrasings: ['dominion deleted votes'], corrections: [], quotes: [] },
];
const matcher = createMatcher(docs);

// Text mixing scripts, emoji, control characters, URLs, handles and claim words.
const messy = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('ballots', 'fraud', '郵便投票', 'votación', '@JoeBiden', '#StopTheSteal', 'https://t.co/x', '\u0000', '\u202e', '🔥', '\uD800', ' '),
  ),
  { maxLength: 30 },
).map((parts) => parts.join(' '));

describe('robustness (property)', () => {
  it('normalize never throws and stays within the cap', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const n = normalize(text);
        expect(n.text.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
      }),
      { numRuns: 300 },
    );
  });

  it('rank never throws and returns sane hits', () => {
    fc.assert(
      fc.property(messy, fc.integer({ min: -3, max: 200 }), (text, limit) => {
        const r = matcher.rank(text, { limit });
        expect(r.hits.length).toBeLessThanOrEqual(Math.max(0, limit));
        for (const h of r.hits) {
          expect(h.confidence).toBeGreaterThanOrEqual(0);
          expect(h.confidence).toBeLessThanOrEqual(1);
          expect(['a', 'b']).toContain(h.id);
        }
        expect(r.queryTokens).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('handles 200,000 characters by cutting them, and says so', () => {
    const r = matcher.rank(`mail-in ballots are full of fraud ${'🔥ballots '.repeat(20_000)}`);
    expect(r.truncated).toBe(true);
    expect(r.hits[0]?.id).toBe('a');
  });

  it('answers nothing for empty, emoji-only and URL-only input', () => {
    for (const text of ['', '🔥🔥🔥', 'https://example.com/x', '\u0000\u0001']) {
      const r = matcher.rank(text);
      expect(r.hits).toEqual([]);
      expect(r.queryTokens).toBe(0);
    }
  });
});
