import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/match/index.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const docs: MatchDocument[] = [
  {
    id: 'mail-ballot-fraud',
    claim: 'Mail-in ballots are full of fraud',
    phrasings: ['mail in voting is rigged', 'el voto por correo está lleno de fraude', '郵便投票は不正だらけだ'],
    corrections: ['mail-in ballots are not full of fraud'],
    quotes: [],
  },
  {
    id: 'machines-flipped-votes',
    claim: 'Dominion voting machines flipped votes',
    phrasings: ['dominion deleted millions of votes'],
    corrections: ['there is no evidence voting machines changed votes'],
    quotes: ['There is no evidence that any voting system deleted or lost votes, changed votes, or was in any way compromised.'],
  },
];
const matcher = createMatcher(docs);

describe('createMatcher', () => {
  it('ranks the entry whose claim the user pasted first, with high confidence', () => {
    const r = matcher.rank('Mail-in ballots are full of fraud!!');
    expect(r.hits[0]?.id).toBe('mail-ballot-fraud');
    expect(r.hits[0]?.confidence).toBeGreaterThan(0.6);
    expect(r.lang).toBe('en');
  });

  it('finds Spanish and Japanese phrasings', () => {
    expect(matcher.rank('el voto por correo está lleno de fraude').hits[0]?.id).toBe('mail-ballot-fraud');
    expect(matcher.rank('郵便投票は不正だらけ').hits[0]?.id).toBe('mail-ballot-fraud');
  });

  it('returns no hit for unrelated text', () => {
    expect(matcher.rank('my cat is orange').hits).toEqual([]);
  });

  it('keeps confidences in [0, 1] and hits within the limit', () => {
    const r = matcher.rank('voting machines votes ballots fraud', { limit: 1 });
    expect(r.hits.length).toBe(1);
    for (const h of r.hits) expect(h.confidence).toBeGreaterThanOrEqual(0);
    for (const h of r.hits) expect(h.confidence).toBeLessThanOrEqual(1);
  });
});

describe('rank options', () => {
  it('reports the forced language, except that Japanese text stays Japanese', () => {
    expect(matcher.rank('mail in voting is rigged', { lang: 'es' }).lang).toBe('es');
    expect(matcher.rank('郵便投票は不正だらけ', { lang: 'en' }).lang).toBe('ja');
  });

  it('leaves excluded documents out, as if they were not indexed', () => {
    const r = matcher.rank('Mail-in ballots are full of fraud', { exclude: new Set(['mail-ballot-fraud']) });
    expect(r.hits.map((h) => h.id)).not.toContain('mail-ballot-fraud');
  });

  it('returns no hits for a limit of zero', () => {
    expect(matcher.rank('Mail-in ballots are full of fraud', { limit: 0 }).hits).toEqual([]);
  });
});
