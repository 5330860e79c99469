/**
 * `npm run bench`: quality on CheckThat 2020 dev and speed at 1k/10k/100k documents for
 * claimcheck, MiniSearch and Fuse.js, each engine measured in its own child process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadQualitySet } from './corpus.ts';
import { engine, ENGINE_NAMES, type EngineName } from './engines.ts';
import { runJob } from './child.ts';
import type { Job, JobResult, QualityResult, SpeedResult } from './jobs.ts';
import { toMarkdown, type BenchReport } from './markdown.ts';
import { goals, qualityOn, ratios } from './summary.ts';

const here = dirname(fileURLToPath(import.meta.url));

const argsSchema = z.object({
  data: z.string().min(1),
  sizes: z.array(z.number().int().positive()).min(1),
  engines: z.array(z.enum(ENGINE_NAMES)).min(1),
  budget: z.number().positive(),
  qualityBudget: z.number().positive(),
});

function options(): z.infer<typeof argsSchema> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: process.env.CHECKTHAT_DATA ?? '/work/shared/data' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      engines: { type: 'string', default: ENGINE_NAMES.join(',') },
      budget: { type: 'string', default: '15' },
      'quality-budget': { type: 'string', default: '60' },
    },
  });
  const parsed = argsSchema.safeParse({
    data: values.data,
    sizes: values.sizes.split(',').map(Number),
    engines: values.engines.split(','),
    budget: Number(values.budget),
    qualityBudget: Number(values['quality-budget']),
  });
  if (!parsed.success) {
    console.error(`bench: bad arguments: ${parsed.error.message}`);
    console.error('usage: npm run bench -- [--data DIR] [--sizes 1000,10000,100000] [--engines claimcheck,minisearch,fuse.js] [--budget SECONDS] [--quality-budget SECONDS]');
    process.exit(2);
  }
  return parsed.data;
}

/** The commit measured, marked when the working tree has uncommitted changes. */
function gitRevision(): string {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: here, encoding: 'utf8' }).trim();
    return dirty ? `${rev} + uncommitted changes in src/` : rev;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(): Promise<void> {
  const opt = options();
  const loadAtStart = loadavg()[0] ?? 0;
  const started = Date.now();
  const log = (msg: string): void => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

  const failures: string[] = [];
  // Warm-up plus at least one query must fit; past this a speed job is stopped and reported as a lower bound.
  const hardLimitMs = Math.max(2 * opt.budget, opt.budget + 30) * 1000;
  /** A failed job is reported and skipped, so one broken engine does not hide the others. */
  const attempt = async (label: string, job: Job): Promise<JobResult | undefined> => {
    log(label);
    try {
      return await runJob(job, hardLimitMs);
    } catch (err) {
      failures.push(`${label}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  };
  const quality: QualityResult[] = [];
  for (const name of opt.engines) {
    const job: Job = { kind: 'quality', engine: name, dataRoot: opt.data, depth: 20, budgetMs: opt.qualityBudget * 1000 };
    const result = await attempt(`quality: ${name}`, job);
    if (result?.kind === 'quality') quality.push(result);
  }
  const speed: SpeedResult[] = [];
  for (const size of opt.sizes) {
    for (const name of opt.engines) {
      const job: Job = { kind: 'speed', engine: name, dataRoot: opt.data, size, budgetMs: opt.budget * 1000, maxQueries: 1000 };
      const result = await attempt(`speed: ${name} at ${size} docs`, job);
      if (result?.kind === 'speed') speed.push(result);
    }
  }

  const { qrels, queries } = loadQualitySet({ root: opt.data });
  const allIds = queries.map((q) => q.id).filter((id) => qrels.has(id));
  const ranAll = (r: QualityResult): Set<string> => new Set(r.rankings.map(([id]) => id));
  const common = allIds.filter((id) => quality.every((r) => ranAll(r).has(id)));
  const capped = quality.filter((r) => r.capped).map((r) => r.engine);
  const rs = ratios(speed);
  const settings: Record<EngineName | string, string> = Object.fromEntries(ENGINE_NAMES.map((n) => [n, engine(n).settings]));
  const report: BenchReport = {
    date: new Date().toISOString(),
    revision: gitRevision(),
    machine: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (other work on the machine inflates latencies)`,
    budgets: { speedSeconds: opt.budget, qualitySeconds: opt.qualityBudget },
    settings: {
      ...settings,
      'quality run': 'each engine indexes the 10,375 CheckThat 2020 vclaims (claim + title) and ranks the top 20 per dev tweet',
      'speed corpus': 'real claims: CheckThat 2020 + 2022 vclaims deduplicated (about 16k) in a seeded shuffle; SYNTHETIC documents fill the rest: the first half of one real claim joined to the second half of another (not real fact-checks)',
      'query caps': `each engine/size times at most 1000 queries and starts no new one after ${opt.budget} s (at least 1 runs); capped rows list how many ran, and p99 of fewer than 100 queries is close to the max. The quality run of an engine stops after ${opt.qualityBudget} s. Fuse.js needs seconds per tweet-length query at 10k, so it is capped. A speed job whose queries have not finished ${Math.max(2 * opt.budget, opt.budget + 30)} s after its build is stopped: its latencies are shown as lower bounds ("> N ms") and its memory is as measured right after the build`,
      'warm-up': 'up to 20 untimed queries (2 s at most) before timing; a query slower than 0.5 s ends the warm-up and counts as the first timed sample',
      memory: 'each engine runs alone in a child process (node --expose-gc --import tsx); "RSS (process)" is the whole process after build + queries and a GC, including Node, tsx and the corpus text; "heap delta" is the growth of V8 heap + external memory from just before the build to after the queries (both after a GC), i.e. what the index holds',
    },
    quality: {
      totalQueries: allIds.length,
      full: quality.map((r) => qualityOn(r, qrels, allIds.filter((id) => ranAll(r).has(id)))),
      subset: capped.length > 0 ? { queries: common.length, rows: quality.map((r) => qualityOn(r, qrels, common)) } : null,
      capped,
    },
    speed,
    ratios: rs,
    goals: goals(speed, rs),
    failures,
  };
  const md = toMarkdown(report);
  process.stdout.write(md);
  const out = join(here, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(out, 'latest.md'), md);
  log(`done; wrote bench/results/latest.json and latest.md`);
}

await main();
