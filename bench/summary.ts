import { averagePrecisionAt, recallAt, reciprocalRank } from '../src/eval/metrics.ts';
import type { Qrels } from '../src/eval/qrels.ts';
import type { EngineName } from './engines.ts';
import type { QualityResult, SpeedResult } from './jobs.ts';

export interface QualityRow {
  engine: EngineName;
  queries: number;
  map5: number;
  map1: number;
  recall20: number;
  mrr: number;
}

/** Metrics over the given query ids (every one has gold); a query the engine did not run counts 0. */
export function qualityOn(result: QualityResult, qrels: Qrels, queryIds: readonly string[]): QualityRow {
  const runs = new Map(result.rankings);
  const sum = { map5: 0, map1: 0, recall20: 0, mrr: 0 };
  for (const id of queryIds) {
    const gold = qrels.get(id) ?? new Set<string>();
    const ranked = runs.get(id) ?? [];
    sum.map5 += averagePrecisionAt(ranked, gold, 5);
    sum.map1 += averagePrecisionAt(ranked, gold, 1);
    sum.recall20 += recallAt(ranked, gold, 20);
    sum.mrr += reciprocalRank(ranked, gold);
  }
  const n = Math.max(1, queryIds.length);
  return {
    engine: result.engine,
    queries: queryIds.length,
    map5: sum.map5 / n,
    map1: sum.map1 / n,
    recall20: sum.recall20 / n,
    mrr: sum.mrr / n,
  };
}

export interface Ratio {
  size: number;
  peer: EngineName;
  /** peer / claimcheck: above 1 means claimcheck is faster (or smaller). */
  p50: number;
  p99: number;
  build: number;
  rss: number;
  /** The peer was stopped at the hard limit: its latency ratios are lower bounds. */
  lowerBound: boolean;
}

export function ratios(speed: readonly SpeedResult[]): Ratio[] {
  return speed
    .filter((r) => r.engine !== 'claimcheck')
    .flatMap((peer) => {
      const own = speed.find((r) => r.engine === 'claimcheck' && r.size === peer.size);
      if (!own) return [];
      const div = (a: number, b: number): number => (b > 0 ? a / b : Number.POSITIVE_INFINITY);
      return [
        {
          size: peer.size,
          peer: peer.engine,
          p50: div(peer.p50Ms, own.p50Ms),
          p99: div(peer.p99Ms, own.p99Ms),
          build: div(peer.buildMs, own.buildMs),
          rss: div(peer.rssMb, own.rssMb),
          lowerBound: peer.timedOut,
        },
      ];
    });
}

export interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

/** The targets issue 4 sets for claimcheck; null when the run did not measure that point. */
export function goals(speed: readonly SpeedResult[], rs: readonly Ratio[]): Goal[] {
  const own = (size: number): SpeedResult | undefined => speed.find((r) => r.engine === 'claimcheck' && r.size === size);
  const check = (goal: string, value: number | undefined, unit: string, ok: (v: number) => boolean): Goal =>
    value === undefined
      ? { goal, measured: 'not measured', met: null }
      : { goal, measured: `${value.toFixed(value < 10 ? 2 : 0)}${unit}`, met: ok(value) };
  const fuse10k = rs.find((r) => r.size === 10_000 && r.peer === 'fuse.js');
  const at100k = own(100_000);
  return [
    check('p99 <= 5 ms at 10k', own(10_000)?.p99Ms, ' ms', (v) => v <= 5),
    check('p99 <= 25 ms at 100k', at100k?.p99Ms, ' ms', (v) => v <= 25),
    check('build <= 10 s at 100k', at100k ? at100k.buildMs / 1000 : undefined, ' s', (v) => v <= 10),
    check('RSS <= 600 MB at 100k (whole process)', at100k?.rssMb, ' MB', (v) => v <= 600),
    check('>= 20x faster than fuse.js at 10k (p99)', fuse10k?.p99, 'x', (v) => v >= 20),
  ];
}
