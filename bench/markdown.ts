import type { SpeedResult } from './jobs.ts';
import type { Goal, QualityRow, Ratio } from './summary.ts';

export interface BenchReport {
  date: string;
  revision: string;
  machine: string;
  budgets: { speedSeconds: number; qualitySeconds: number };
  settings: Record<string, string>;
  quality: { totalQueries: number; full: QualityRow[]; subset: { queries: number; rows: QualityRow[] } | null; capped: string[] };
  speed: SpeedResult[];
  ratios: Ratio[];
  goals: Goal[];
  /** Jobs that crashed (their rows are missing). */
  failures: string[];
}

const f = (x: number, d = 3): string => x.toFixed(d);
const msText = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const sizeLabel = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
const times = (r: number, atLeast = false): string =>
  !Number.isFinite(r)
    ? 'n/a'
    : r >= 1
      ? `${atLeast ? 'at least ' : ''}${r >= 10 ? r.toFixed(0) : r.toFixed(1)}x faster`
      : `${(1 / r).toFixed(1)}x slower`;
const latency = (s: SpeedResult, x: number): string => (s.timedOut ? `> ${msText(x)} ms` : `${msText(x)} ms`);
const timed = (s: SpeedResult): string =>
  s.timedOut ? '0 (stopped: no query finished)' : `${s.queriesTimed}${s.capped ? ' (capped)' : ''}`;
const smaller = (r: number): string => (r >= 1 ? `${r.toFixed(1)}x less RSS` : `${(1 / r).toFixed(1)}x more RSS`);

function qualityTable(rows: readonly QualityRow[], total: number): string[] {
  return [
    '| engine | MAP@5 | MAP@1 | Recall@20 | MRR | queries |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.engine} | ${f(r.map5)} | ${f(r.map1)} | ${f(r.recall20)} | ${f(r.mrr)} | ${r.queries} of ${total} |`),
  ];
}

export function toMarkdown(r: BenchReport): string {
  const lines = [`# claimcheck bench (${r.date}, ${r.revision})`, '', `Machine: ${r.machine}`, ''];
  lines.push('## Quality: CheckThat! 2020 Task 2 dev (10,375 vclaims, 197 tweets, official measure MAP@5)', '');
  lines.push(...qualityTable(r.quality.full, r.quality.totalQueries));
  if (r.quality.subset) {
    lines.push(
      '',
      `${r.quality.capped.join(', ')} hit the ${r.budgets.qualitySeconds} s quality budget, so each row above averages over the queries that engine ranked (the first n in file order).`,
      `Same queries for all: the first ${r.quality.subset.queries} dev queries, which every engine ranked:`,
      '',
      ...qualityTable(r.quality.subset.rows, r.quality.totalQueries),
    );
    if (r.quality.subset.queries < 30) {
      lines.push(
        '',
        `${r.quality.subset.queries} queries are too few to compare quality; raise the budget (e.g. \`npm run bench -- --quality-budget 3600\`) for a full run.`,
      );
    }
  }
  lines.push('', '## Speed: one check = top 5 for one tweet (CheckThat 2020 train+dev tweets as queries)', '');
  lines.push(
    '| KB size | docs (real + SYNTHETIC) | engine | build | p50 | p99 | queries timed | RSS (process) | heap delta (index) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.speed.map(
      (s) =>
        `| ${sizeLabel(s.size)} | ${s.realDocs} + ${s.syntheticDocs} synthetic | ${s.engine} | ${msText(s.buildMs)} ms | ${latency(s, s.p50Ms)} | ${latency(s, s.p99Ms)} | ${timed(s)} | ${s.rssMb.toFixed(0)} MB | ${s.heapDeltaMb.toFixed(0)} MB |`,
    ),
  );
  lines.push('', '## claimcheck against its peers (same run)', '');
  for (const x of r.ratios) {
    lines.push(
      `- ${sizeLabel(x.size)} vs ${x.peer}: p99 ${times(x.p99, x.lowerBound)}, p50 ${times(x.p50, x.lowerBound)}, build ${times(x.build)}, ${smaller(x.rss)}`,
    );
  }
  lines.push('', '## Goals (claimcheck)', '', '| goal | measured | met |', '| --- | ---: | --- |');
  lines.push(...r.goals.map((g) => `| ${g.goal} | ${g.measured} | ${g.met === null ? 'n/a' : g.met ? 'yes' : 'NO'} |`));
  if (r.failures.length > 0) lines.push('', '## FAILED jobs (rows missing)', '', ...r.failures.map((x) => `- ${x}`));
  lines.push('', '## How this was measured', '');
  lines.push(...Object.entries(r.settings).map(([k, v]) => `- ${k}: ${v}`));
  return lines.join('\n') + '\n';
}
