import { describe, expect, it } from 'vitest';
import { corpusOfSize, syntheticClaims } from '../../bench/corpus.ts';
import type { SpeedResult } from '../../bench/jobs.ts';
import { toMarkdown, type BenchReport } from '../../bench/markdown.ts';
import { goals, ratios } from '../../bench/summary.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const row = (engine: SpeedResult['engine'], size: number, p99Ms: number, extra: Partial<SpeedResult> = {}): SpeedResult => ({
  kind: 'speed',
  engine,
  size,
  realDocs: size,
  syntheticDocs: 0,
  buildMs: 100,
  p50Ms: p99Ms / 2,
  p99Ms,
  meanMs: p99Ms / 2,
  queriesTimed: 10,
  capped: false,
  timedOut: false,
  rssMb: 100,
  heapDeltaMb: 10,
  maxRssMb: 120,
  ...extra,
});

describe('bench summary', () => {
  const speed = [
    row('claimcheck', 10_000, 2),
    row('fuse.js', 10_000, 100),
    row('claimcheck', 100_000, 30, { buildMs: 12_000, rssMb: 500 }),
    row('fuse.js', 100_000, 45_000, { timedOut: true }),
  ];

  it('reports peer/claimcheck ratios and marks a stopped peer as a lower bound', () => {
    const rs = ratios(speed);
    expect(rs.find((r) => r.size === 10_000)).toMatchObject({ peer: 'fuse.js', p99: 50, lowerBound: false });
    expect(rs.find((r) => r.size === 100_000)).toMatchObject({ p99: 1500, lowerBound: true });
    expect(toMarkdown(report(speed))).toContain('100k vs fuse.js: p99 at least 1500x faster');
  });

  it('checks each goal, and says when a point was not measured', () => {
    const byGoal = Object.fromEntries(goals(speed, ratios(speed)).map((g) => [g.goal, g.met]));
    expect(byGoal['p99 <= 5 ms at 10k']).toBe(true);
    expect(byGoal['p99 <= 25 ms at 100k']).toBe(false);
    expect(byGoal['build <= 10 s at 100k']).toBe(false);
    expect(byGoal['RSS <= 600 MB at 100k (whole process)']).toBe(true);
    expect(byGoal['>= 20x faster than fuse.js at 10k (p99)']).toBe(true);
    expect(goals([], []).every((g) => g.met === null)).toBe(true);
  });
});

describe('bench corpus', () => {
  const real: MatchDocument[] = Array.from({ length: 5 }, (_, i) => ({
    id: `r${i}`,
    claim: `claim number ${i} says something about topic ${i}`,
    phrasings: [`title ${i} here`],
    corrections: [],
    quotes: [],
  }));

  it('fills up to the size with labelled synthetic documents, deterministically', () => {
    const c = corpusOfSize(real, 12);
    expect(c).toMatchObject({ real: 5, synthetic: 7 });
    expect(c.docs).toHaveLength(12);
    expect(c.docs.slice(5).every((d) => d.id.startsWith('synthetic-'))).toBe(true);
    expect(syntheticClaims(real, 3)).toEqual(syntheticClaims(real, 3));
    expect(corpusOfSize(real, 3)).toMatchObject({ real: 3, synthetic: 0 });
  });
});

function report(speed: SpeedResult[]): BenchReport {
  return {
    date: 'd',
    revision: 'r',
    machine: 'm',
    budgets: { speedSeconds: 15, qualitySeconds: 60 },
    settings: {},
    quality: { totalQueries: 0, full: [], subset: null, capped: [] },
    speed,
    ratios: ratios(speed),
    goals: goals(speed, ratios(speed)),
    failures: [],
  };
}
