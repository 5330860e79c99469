import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toMatchDocuments } from '../../src/core/knowledge/to-match-documents.ts';
import { decide } from '../../src/core/match/decide.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';

const fixtureSchema = z.object({
  messages: z
    .array(
      z.object({
        text: z.string(),
        expected: z.string().min(1),
        kind: z.string(),
        stance: z.enum(['repeats', 'contradicts']).optional(),
      }),
    )
    .min(40),
});
const fixture = fixtureSchema.parse(parse(readFileSync(new URL('../fixtures/messages.yaml', import.meta.url), 'utf8')));
const kb = await loadKnowledgeDir(new URL('../../knowledge', import.meta.url).pathname);
const matcher = createMatcher(toMatchDocuments(kb.served));

interface Scored {
  text: string;
  expected: string;
  kind: string;
  outcome: 'match' | 'suggest' | 'none';
  top: string | undefined;
  stance: string | undefined;
  expectedStance: string | undefined;
  /** Expected entry first and offered (match or suggest); or, for `none`, not matched. */
  correct: boolean;
}

const scored: Scored[] = fixture.messages.map((m) => {
  const ranked = matcher.rank(m.text);
  const outcome = decide(ranked).kind;
  const top = ranked.hits[0]?.id;
  const correct = m.expected === 'none' ? outcome !== 'match' : outcome !== 'none' && top === m.expected;
  return { ...m, stance: ranked.hits[0]?.stance, expectedStance: m.stance, outcome, top, correct };
});

describe('hand-written message fixture (test/fixtures/messages.yaml)', () => {
  it('uses only real entry ids', () => {
    const ids = new Set(kb.served.map((e) => e.id));
    for (const m of fixture.messages) if (m.expected !== 'none') expect(ids).toContain(m.expected);
  });

  it('finds the right entry (or rightly abstains) for most messages', () => {
    const accuracy = scored.filter((s) => s.correct).length / scored.length;
    const byKind = new Map<string, [number, number]>();
    for (const s of scored) {
      const [ok, n] = byKind.get(s.kind) ?? [0, 0];
      byKind.set(s.kind, [ok + (s.correct ? 1 : 0), n + 1]);
    }
    const lines = [...byKind].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(', ');
    const misses = scored.filter((s) => !s.correct).map((s) => `  ${s.outcome} ${s.top} ≠ ${s.expected}: ${s.text}`);
    console.info(`fixture accuracy ${(accuracy * 100).toFixed(1)}% (${scored.length} messages): ${lines}\n${misses.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('tells repeating from contradicting for the messages that say which they do', () => {
    const judged = scored.filter((s) => s.expectedStance !== undefined && s.top === s.expected);
    const wrong = judged.filter((s) => s.stance !== s.expectedStance).map((s) => `${s.stance} ≠ ${s.expectedStance}: ${s.text}`);
    console.info(`fixture stance accuracy ${judged.length - wrong.length}/${judged.length}\n${wrong.join('\n')}`);
    expect(judged.length).toBeGreaterThanOrEqual(10);
    expect(wrong.length).toBeLessThanOrEqual(1);
  });

  it('never answers an off-topic or too-short message with a confident match', () => {
    const wrong = scored.filter((s) => s.expected === 'none' && s.outcome === 'match');
    expect(wrong.map((s) => s.text)).toEqual([]);
  });
});
