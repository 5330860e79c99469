import type { EngineName } from './engines.ts';

/** What the parent asks one child process to measure. */
export type Job =
  | { kind: 'quality'; engine: EngineName; dataRoot: string; depth: number; budgetMs: number }
  | { kind: 'speed'; engine: EngineName; dataRoot: string; size: number; budgetMs: number; maxQueries: number };

export interface QualityResult {
  kind: 'quality';
  engine: EngineName;
  /** [query id, ranked doc ids] for the dev queries that ran (the first n, in file order). */
  rankings: [string, string[]][];
  totalQueries: number;
  capped: boolean;
}

export interface SpeedResult {
  kind: 'speed';
  engine: EngineName;
  size: number;
  realDocs: number;
  syntheticDocs: number;
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  queriesTimed: number;
  capped: boolean;
  /**
   * The parent stopped the process because not even the timed queries finished in the hard limit:
   * p50/p99 are then lower bounds (the time waited), and memory is as measured after the build.
   */
  timedOut: boolean;
  /** Whole child-process RSS after build and queries (Node + tsx + corpus + index), MB. */
  rssMb: number;
  /** JS heap + external memory growth from just before the build to after the queries (both after a GC): the index, MB. */
  heapDeltaMb: number;
  /** Peak RSS of the child process (getrusage maxrss), MB. */
  maxRssMb: number;
}

export type JobResult = QualityResult | SpeedResult;

/** Build and memory figures, sent as soon as the index is built. */
export type BuiltSnapshot = Pick<SpeedResult, 'realDocs' | 'syntheticDocs' | 'buildMs' | 'rssMb' | 'heapDeltaMb' | 'maxRssMb'>;

export type WorkerMessage = { type: 'built'; snapshot: BuiltSnapshot } | { type: 'done'; result: JobResult };
