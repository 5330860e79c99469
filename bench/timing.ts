import type { EvalQuery } from '../src/eval/queries.ts';
import type { Search } from './engines.ts';

export interface TimingBudget {
  /** Stop starting new timed queries after this much wall time (at least one query always runs). */
  budgetMs: number;
  maxQueries: number;
  /** Hits per check: 5, as checkClaim asks for. */
  limit: number;
}

export interface Timings {
  times: number[];
  /** True when the budget, not the query list, ended the run. */
  capped: boolean;
}

const WARMUP_QUERIES = 20;
const WARMUP_MS = 2_000;

/**
 * Times one search per query. A short untimed warm-up (from the end of the list, so timed queries
 * stay the first n) lets the JIT settle; it is skipped as soon as one query is slow.
 */
export function timeQueries(search: Search, queries: readonly EvalQuery[], b: TimingBudget): Timings {
  const warmStart = performance.now();
  for (const q of queries.slice(-WARMUP_QUERIES)) {
    search(q.text, b.limit);
    if (performance.now() - warmStart > WARMUP_MS) break;
  }
  const times: number[] = [];
  const start = performance.now();
  for (const q of queries.slice(0, b.maxQueries)) {
    if (times.length > 0 && performance.now() - start > b.budgetMs) return { times, capped: true };
    const t0 = performance.now();
    search(q.text, b.limit);
    times.push(performance.now() - t0);
  }
  return { times, capped: false };
}
