import { describe, expect, it } from 'vitest';
import type { MatcherFactory, RankedHit } from '../../src/core/match/types.ts';
import { evaluate, restrictQrels } from '../../src/eval/evaluate.ts';

const hit = (id: string, score: number): RankedHit => ({ id, score, confidence: 0.5, stance: 'unclear' });

/** q-up's scores rise down the list; everything else descends. */
const factory: MatcherFactory = () => ({
  rank: (text, options) => ({
    lang: 'en',
    hits: (text === 'up' ? [hit('a', 1), hit('b', 2)] : [hit('a', 2), hit('b', 1)]).slice(0, options?.limit ?? 5),
    queryTokens: 1,
    truncated: false,
  }),
});

/** A fake monotonic clock: each reading advances 1 ms, so latencies are exact. */
function fakeClock(): () => number {
  let t = 0;
  return () => t++;
}

describe('evaluate', () => {
  it('scores rankings, counts gold queries missing from the queries file, and flags score-order breaks', () => {
    const qrels = new Map([
      ['q-down', new Set(['a'])],
      ['q-up', new Set(['b'])],
      ['q-absent', new Set(['a'])],
    ]);
    const result = evaluate({
      makeMatcher: factory,
      docs: [],
      queries: [
        { id: 'q-down', text: 'down' },
        { id: 'q-up', text: 'up' },
      ],
      qrels,
      depth: 10,
      now: fakeClock(),
    });
    expect(result.metrics.map1).toBeCloseTo(1 / 3, 12);
    expect(result.metrics.mrr).toBeCloseTo((1 + 0.5) / 3, 12);
    expect(result.missingQueries).toEqual(['q-absent']);
    expect(result.scoreOrderViolations).toBe(1);
    expect(result.latency).toMatchObject({ buildMs: 1, p50Ms: 1, p99Ms: 1 });
  });

  it('asks the matcher for `depth` hits', () => {
    const result = evaluate({
      makeMatcher: factory,
      docs: [],
      queries: [{ id: 'q', text: 'down' }],
      qrels: new Map(),
      depth: 1,
      now: fakeClock(),
    });
    expect(result.outcomes[0]?.ranked.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('re-ranks each gold query with its gold docs excluded, for the abstention view', () => {
    const seen: (ReadonlySet<string> | undefined)[] = [];
    const recording: MatcherFactory = () => ({
      rank: (_text, options) => {
        seen.push(options?.exclude);
        return { lang: 'en', hits: [hit('x', 1)], queryTokens: 1, truncated: false };
      },
    });
    const gold = new Set(['g1', 'g2']);
    const result = evaluate({
      makeMatcher: recording,
      docs: [],
      queries: [
        { id: 'q', text: 't' },
        { id: 'no-gold', text: 't' },
      ],
      qrels: new Map([['q', gold]]),
      depth: 10,
      now: fakeClock(),
    });
    expect(seen).toEqual([undefined, gold, undefined]);
    expect(result.outcomes[0]?.rankedWithoutGold?.hits[0]?.id).toBe('x');
    expect(result.outcomes[1]?.rankedWithoutGold).toBeUndefined();
  });

  it('restrictQrels keeps only the listed queries', () => {
    const qrels = new Map([
      ['q1', new Set(['a'])],
      ['q2', new Set(['b'])],
    ]);
    expect([...restrictQrels(qrels, ['q2']).keys()]).toEqual(['q2']);
  });
});
