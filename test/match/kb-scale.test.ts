import { describe, expect, it } from 'vitest';
import { toMatchDocuments } from '../../src/core/knowledge/to-match-documents.ts';
import { decide } from '../../src/core/match/decide.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';

// The bundled knowledge base: a few dozen entries, many phrasings each, three languages.
const kb = await loadKnowledgeDir(new URL('../../knowledge', import.meta.url).pathname);
const matcher = createMatcher(toMatchDocuments(kb.served));
const phrasings = kb.served.flatMap((e) =>
  Object.entries(e.phrasings).flatMap(([locale, list]) => (list ?? []).map((text) => ({ id: e.id, locale, text }))),
);

describe('matcher at knowledge-base scale', () => {
  it('retrieves every phrasing of every entry as that entry, first', () => {
    expect(phrasings.length).toBeGreaterThan(20);
    const wrong = phrasings.filter((p) => matcher.rank(p.text).hits[0]?.id !== p.id).map((p) => `${p.id} (${p.locale}): ${p.text}`);
    expect(wrong).toEqual([]);
  });

  it('retrieves every entry by its claim sentence', () => {
    for (const e of kb.served) expect(matcher.rank(e.claim).hits[0]?.id).toBe(e.id);
  });

  it('answers unrelated text with none', () => {
    for (const text of ['my cat is orange', 'what a lovely day for a picnic', '猫がかわいい', 'me gusta la pizza']) {
      expect(decide(matcher.rank(text)).kind).toBe('none');
    }
  });

  it('never auto-matches very short input, even a word from the KB', () => {
    for (const text of ['dominion', 'ballots', 'fraud', 'election stolen', 'proud boys', '郵便投票']) {
      expect(decide(matcher.rank(text)).kind).not.toBe('match');
    }
  });
});
