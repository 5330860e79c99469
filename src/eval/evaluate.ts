import type { MatchDocument, MatcherFactory, RankResult } from '../core/match/types.ts';
import { quantile, scoreRuns, type RankingMetrics } from './metrics.ts';
import type { Qrels } from './qrels.ts';
import type { EvalQuery } from './queries.ts';

export interface EvaluationInput {
  makeMatcher: MatcherFactory;
  docs: readonly MatchDocument[];
  queries: readonly EvalQuery[];
  qrels: Qrels;
  /** How many hits to ask the matcher for per query (the run depth). */
  depth: number;
  /** Monotonic milliseconds (performance.now in the CLI); injected so this module stays testable. */
  now: () => number;
}

export interface QueryOutcome {
  query: EvalQuery;
  ranked: RankResult;
  ms: number;
  /**
   * The same query ranked with its gold documents excluded from the collection (untimed), for
   * "what would the bot say if the answer were not in the KB?". Absent for queries without gold.
   */
  rankedWithoutGold?: RankResult;
}

export interface Latency {
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}

export interface Evaluation {
  metrics: RankingMetrics;
  latency: Latency;
  outcomes: QueryOutcome[];
  /** Gold query ids that are not in the queries file (they score 0). */
  missingQueries: string[];
  /**
   * Queries whose hit scores rise somewhere down the ranking. The official scorer re-sorts a run
   * file by score, so for these it would score a different order than the one served and measured here.
   */
  scoreOrderViolations: number;
}

function scoresDescend(hits: readonly { score: number }[]): boolean {
  return hits.every((h, i) => i === 0 || h.score <= (hits[i - 1]?.score ?? Number.POSITIVE_INFINITY));
}

/** decide() looks at the top 3 hits; checkClaim asks for 5. */
const ABSTENTION_DEPTH = 5;

/** Builds the index once, ranks every query, and scores the rankings against the qrels. */
export function evaluate(input: EvaluationInput): Evaluation {
  const t0 = input.now();
  const matcher = input.makeMatcher(input.docs);
  const buildMs = input.now() - t0;

  const outcomes = input.queries.map((query): QueryOutcome => {
    const start = input.now();
    const ranked = matcher.rank(query.text, { limit: input.depth });
    const ms = input.now() - start;
    const gold = input.qrels.get(query.id);
    if (!gold) return { query, ranked, ms };
    return { query, ranked, ms, rankedWithoutGold: matcher.rank(query.text, { limit: ABSTENTION_DEPTH, exclude: gold }) };
  });

  const runs = new Map(outcomes.map((o) => [o.query.id, o.ranked.hits.map((h) => h.id)]));
  const times = outcomes.map((o) => o.ms);
  const meanMs = times.length === 0 ? 0 : times.reduce((a, b) => a + b, 0) / times.length;
  return {
    metrics: scoreRuns(runs, input.qrels),
    latency: { buildMs, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), meanMs },
    outcomes,
    missingQueries: [...input.qrels.keys()].filter((id) => !runs.has(id)),
    scoreOrderViolations: outcomes.filter((o) => !scoresDescend(o.ranked.hits)).length,
  };
}

/** Keeps only the gold pairs of the given queries (used when evaluating a subset with --limit). */
export function restrictQrels(qrels: Qrels, queryIds: Iterable<string>): Qrels {
  const keep = new Set(queryIds);
  return new Map([...qrels].filter(([qid]) => keep.has(qid)));
}
