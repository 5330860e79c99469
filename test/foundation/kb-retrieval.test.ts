import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../src/core/checker.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { REPO_ROOT } from '../support/memory-io.ts';

let checker: Checker;
beforeAll(async () => {
  checker = createChecker(await loadKnowledgeDir(`${REPO_ROOT}knowledge`), createMatcher);
});

function topId(text: string): string | undefined {
  const r = checker.check(text);
  if (r.outcome === 'match') return r.entry.id;
  if (r.outcome === 'suggest') return r.candidates[0]?.entry.id;
  return undefined;
}

describe('the bundled knowledge base', () => {
  it('retrieves its own entry first for every phrasing of every entry, in every language', () => {
    const misses: string[] = [];
    for (const entry of checker.kb().served) {
      for (const [lang, list] of Object.entries(entry.phrasings)) {
        for (const phrasing of list ?? []) {
          const got = topId(phrasing);
          if (got !== entry.id) misses.push(`${entry.id} [${lang}] "${phrasing}" -> ${got ?? 'none'}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it.each(['my cat is orange', 'what is the best pizza in Chicago?', 'mi gato es naranja', '猫はオレンジ色です', 'lol', 'ok thanks'])(
    'answers an off-topic message "%s" with none',
    (text) => {
      expect(checker.check(text).outcome).toBe('none');
    },
  );

  it('never auto-matches a one-word message, even an on-topic one', () => {
    for (const word of ['Dominion', 'ballots', 'Iran', 'fraud']) expect(checker.check(word).outcome).not.toBe('match');
  });
});
