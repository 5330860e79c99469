import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/match/index.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const TOPICS = ['ballots', 'voting machines', 'mail-in voting', 'poll workers', 'voter rolls', 'election results'];
const docs: MatchDocument[] = Array.from({ length: 120 }, (_, i) => ({
  id: `doc-${i}`,
  claim: `Claim ${i}: ${TOPICS[i % TOPICS.length]} in county ${i} were ${i % 2 ? 'rigged' : 'counted twice'} by officials`,
  phrasings: [`${TOPICS[(i + 1) % TOPICS.length]} story number ${i}`],
  corrections: [],
  quotes: [],
}));

describe('confidence does not depend on how deep the ranking is', () => {
  it('gives the same top hits and confidences for limit 5 and limit 100, as claimcheck eval and a user check must agree', () => {
    const matcher = createMatcher(docs);
    for (const text of ['the voting machines in county 7 were rigged', 'mail-in voting ballots counted twice by officials', 'poll workers story']) {
      const shallow = matcher.rank(text, { limit: 5 }).hits;
      const deep = matcher.rank(text, { limit: 100 }).hits.slice(0, shallow.length);
      expect(deep.map((h) => [h.id, h.confidence])).toEqual(shallow.map((h) => [h.id, h.confidence]));
    }
  });
});
