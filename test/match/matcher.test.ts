import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/match/features.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { buildPipeline } from '../../src/core/match/pipeline.ts';
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

describe('pasted tweets', () => {
  const pipeline = buildPipeline([
    { id: 'clover', claim: 'People identify as a new gender called clovergender', phrasings: [], corrections: [], quotes: [] },
    { id: 'lauren', claim: 'Prayers requested for Lauren, a three-year-old girl injured in a car crash', phrasings: [], corrections: [], quotes: [] },
  ]);
  const attributionShare = FEATURE_NAMES.indexOf('attributionShare');

  it('tells the reranker when a candidate matches only the author line of an embedded tweet', () => {
    const pq = pipeline.prepare('I identify as clovergender now, my girl says — Lauren Smith (@lauren_s) January 4, 2017');
    const byId = new Map(pipeline.candidates(pq, 5).map((c) => [pipeline.corpus.docs[c.doc]?.id, c.features[attributionShare]]));
    expect(byId.get('lauren')).toBeGreaterThan(0);
    expect(byId.get('clover')).toBe(0);
  });

  it('sees no author line in ordinary text', () => {
    const pq = pipeline.prepare('Lauren says her girl identifies as clovergender');
    expect(pq.q.attributionOnly.size).toBe(0);
  });
});

describe('degenerate collections', () => {
  it('answers nothing, without throwing, from an empty knowledge base or entries with no words', () => {
    expect(createMatcher([]).rank('mail ballots fraud').hits).toEqual([]);
    const blank = createMatcher([{ id: 'a', claim: '🔥', phrasings: ['   '], corrections: [], quotes: [] }]);
    expect(blank.rank('fire').hits).toEqual([]);
  });
});
