/** Child-process entry: runs one Job for one engine so each engine's memory is measured alone. */
import { quantile } from '../src/eval/metrics.ts';
import { corpusOfSize, loadQualitySet, loadRealClaims, loadSpeedQueries } from './corpus.ts';
import { engine } from './engines.ts';
import type { BuiltSnapshot, Job, JobResult, QualityResult, SpeedResult, WorkerMessage } from './jobs.ts';
import { timeQueries } from './timing.ts';

const MB = 1024 * 1024;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
/** Holds each built index so it is still alive when RSS is read. */
const keepAlive: unknown[] = [];

async function quality(job: Extract<Job, { kind: 'quality' }>): Promise<QualityResult> {
  const set = loadQualitySet({ root: job.dataRoot });
  const search = (await engine(job.engine).load())(set.docs);
  const rankings: [string, string[]][] = [];
  const start = performance.now();
  let capped = false;
  for (const q of set.queries) {
    if (rankings.length > 0 && performance.now() - start > job.budgetMs) {
      capped = true;
      break;
    }
    rankings.push([q.id, search(q.text, job.depth)]);
  }
  return { kind: 'quality', engine: job.engine, rankings, totalQueries: set.queries.length, capped };
}

async function speed(job: Extract<Job, { kind: 'speed' }>): Promise<SpeedResult> {
  const build = await engine(job.engine).load();
  const corpus = corpusOfSize(loadRealClaims({ root: job.dataRoot }), job.size);
  const queries = loadSpeedQueries({ root: job.dataRoot });
  gc();
  const heap = (): number => process.memoryUsage().heapUsed + process.memoryUsage().external;
  const heapBefore = heap();
  const t0 = performance.now();
  const search = build(corpus.docs);
  const buildMs = performance.now() - t0;
  keepAlive.push(search);
  gc();
  const built: BuiltSnapshot = {
    realDocs: corpus.real,
    syntheticDocs: corpus.synthetic,
    buildMs,
    rssMb: process.memoryUsage().rss / MB,
    heapDeltaMb: (heap() - heapBefore) / MB,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
  // Lets the parent report build and memory even if it has to stop a hopelessly slow engine.
  process.send?.({ type: 'built', snapshot: built } satisfies WorkerMessage);
  const { times, capped } = timeQueries(search, queries, { budgetMs: job.budgetMs, maxQueries: job.maxQueries, limit: 5 });
  gc();
  const rss = process.memoryUsage().rss;
  return {
    kind: 'speed',
    engine: job.engine,
    size: job.size,
    realDocs: corpus.real,
    syntheticDocs: corpus.synthetic,
    buildMs,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    meanMs: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    queriesTimed: times.length,
    capped,
    timedOut: false,
    rssMb: rss / MB,
    heapDeltaMb: (heap() - heapBefore) / MB,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}

process.once('message', (job: Job) => {
  const running: Promise<JobResult> = job.kind === 'quality' ? quality(job) : speed(job);
  running.then(
    (result) => process.send?.({ type: 'done', result } satisfies WorkerMessage, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
});
