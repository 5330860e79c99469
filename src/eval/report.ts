import type { Thresholds } from '../core/match/decide.ts';
import type { AbstentionView, TierShares } from './abstention.ts';
import type { Evaluation } from './evaluate.ts';

/** Everything `claimcheck eval` reports; also the `--json` shape. */
export interface EvalReport {
  docs: number;
  queries: number;
  goldQueries: number;
  depth: number;
  metrics: Evaluation['metrics'];
  latency: Evaluation['latency'];
  thresholds: Thresholds;
  abstention: AbstentionView;
  missingQueries: string[];
  scoreOrderViolations: number;
  runFile: string | null;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const tiers = (s: TierShares): string => `match ${pct(s.match)}, suggest ${pct(s.suggest)}, none ${pct(s.none)}`;

/** The human-readable report: ranking quality, latency, then how decide() would answer. */
export function formatReport(r: EvalReport): string {
  const m = r.metrics;
  const a = r.abstention;
  const t = r.thresholds;
  const precision = a.matchPrecision === null ? 'n/a (nothing matched)' : `${a.matchPrecision.toFixed(3)} (${a.matched} answers)`;
  const lines = [
    `claimcheck eval: ${r.docs} documents, ${r.queries} queries, ${r.goldQueries} with gold (ranking depth ${r.depth})`,
    '',
    `  MAP@1      ${m.map1.toFixed(4)}`,
    `  MAP@3      ${m.map3.toFixed(4)}`,
    `  MAP@5      ${m.map5.toFixed(4)}   (official CheckThat measure)`,
    `  MRR        ${m.mrr.toFixed(4)}`,
    `  Recall@20  ${m.recall20.toFixed(4)}`,
    '',
    `latency: index build ${ms(r.latency.buildMs)} ms; per query p50 ${ms(r.latency.p50Ms)} ms, p99 ${ms(r.latency.p99Ms)} ms, mean ${ms(r.latency.meanMs)} ms`,
    '',
    `decide() with default thresholds (match >= ${t.match}, suggest >= ${t.suggest}, match needs >= ${t.minTokensForMatch} tokens), over ${a.queries} gold queries:`,
    `  answer in the KB:     ${tiers(a.withGold)}`,
    `  top-1 precision of match answers: ${precision}`,
    `  answer removed (each query re-ranked with its gold docs excluded): ${tiers(a.goldRemoved)}`,
    `    -> ${pct(a.goldRemoved.suggest + a.goldRemoved.none)} abstain (suggest/none); of the ${pct(a.goldRemoved.match)} matches, ${pct(a.goldRemovedDuplicateMatch)} are duplicates of the gold claim in the collection`,
    `       and ${pct(a.goldRemoved.match - a.goldRemovedDuplicateMatch)} would be confident wrong answers`,
  ];
  if (r.missingQueries.length > 0) {
    lines.push('', `warning: ${r.missingQueries.length} gold queries are not in the queries file and score 0`);
  }
  if (r.scoreOrderViolations > 0) {
    lines.push(
      '',
      `warning: in ${r.scoreOrderViolations} queries the hit scores are not in descending order; the official scorer re-sorts run files by score, so it would score those differently`,
    );
  }
  if (r.runFile) lines.push('', `run file written: ${r.runFile}`);
  return lines.join('\n') + '\n';
}
