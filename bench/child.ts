import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltSnapshot, Job, JobResult, WorkerMessage } from './jobs.ts';

const worker = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/**
 * Runs one job in a fresh child process (its own heap, its own RSS). A speed job whose queries
 * have not finished `hardLimitMs` after its index was built is killed and reported with lower
 * bounds, so one hopeless engine/size cannot hold the bench for minutes.
 */
export function runJob(job: Job, hardLimitMs: number): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: 'inherit' });
    let result: JobResult | undefined;
    let timer: NodeJS.Timeout | undefined;
    const onBuilt = (snapshot: BuiltSnapshot): void => {
      const builtAt = performance.now();
      timer = setTimeout(() => {
        if (job.kind !== 'speed') return;
        const waited = performance.now() - builtAt;
        result = {
          kind: 'speed',
          engine: job.engine,
          size: job.size,
          ...snapshot,
          p50Ms: waited,
          p99Ms: waited,
          meanMs: waited,
          queriesTimed: 0,
          capped: true,
          timedOut: true,
        };
        child.kill('SIGKILL');
      }, hardLimitMs);
    };
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'built') onBuilt(m.snapshot);
      else result = m.result;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error(`bench worker exited with ${code} on ${JSON.stringify(job)}`));
    });
    child.send(job);
  });
}
