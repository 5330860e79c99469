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
/** A query this slow is not JIT noise: it counts as a timed sample instead of warm-up. */
const SLOW_QUERY_MS = 500;

/**
 * Times one search per query. A short untimed warm-up (from the end of the list, so timed queries
 * stay the first n) lets the JIT settle. For a slow engine the first warm-up query already takes
 * seconds; it then becomes the first timed sample rather than wasted time.
 */
export function timeQueries(search: Search, queries: readonly EvalQuery[], b: TimingBudget): Timings {
  const times: number[] = [];
  const start = performance.now();
  for (const q of queries.slice(-WARMUP_QUERIES)) {
    const t0 = performance.now();
    search(q.text, b.limit);
    const ms = performance.now() - t0;
    if (ms > SLOW_QUERY_MS) {
      times.push(ms);
      break;
    }
    if (performance.now() - start > WARMUP_MS) break;
  }
  const timedStart = times.length > 0 ? start : performance.now();
  for (const q of queries.slice(0, b.maxQueries - times.length)) {
    if (times.length > 0 && performance.now() - timedStart > b.budgetMs) return { times, capped: true };
    const t0 = performance.now();
    search(q.text, b.limit);
    times.push(performance.now() - t0);
  }
  return { times, capped: false };
}
