import type { Logger } from 'pino';
import type { Purgeable } from '../store/ports.ts';
import { realScheduler, type Scheduler } from './scheduler.ts';

export const DAY_MS = 86_400_000;

export interface RetentionOptions {
  store: Purgeable;
  /** Records older than this many days are deleted; 0 keeps everything. */
  retentionDays: number;
  log: Logger;
  now?: () => Date;
  scheduler?: Scheduler;
  intervalMs?: number;
}

export interface RetentionJob {
  /** The purge run at start; resolves (never rejects) when it is done. */
  readonly firstRun: Promise<void>;
  stop(): void;
}

/** Purges on start and then daily. A failed purge is logged and tried again the next day. */
export function startRetention(options: RetentionOptions): RetentionJob {
  const { store, retentionDays, log } = options;
  const now = options.now ?? (() => new Date());
  const scheduler = options.scheduler ?? realScheduler;
  if (retentionDays <= 0) {
    log.info('retention disabled (RETENTION_DAYS=0): records are kept until deleted by hand');
    return { firstRun: Promise.resolve(), stop: () => undefined };
  }
  let cancel: (() => void) | undefined;
  let stopped = false;

  async function purge(): Promise<void> {
    const cutoff = new Date(+now() - retentionDays * DAY_MS);
    try {
      const removed = await store.purgeBefore(cutoff);
      log.info({ removed, retentionDays }, 'retention purge done');
    } catch (err) {
      log.error({ err }, 'retention purge failed; it runs again tomorrow');
    }
  }
  function scheduleNext(): void {
    if (stopped) return;
    cancel = scheduler.after(options.intervalMs ?? DAY_MS, () => void purge().then(scheduleNext));
  }

  const firstRun = purge().then(scheduleNext);
  return {
    firstRun,
    stop: () => {
      stopped = true;
      cancel?.();
    },
  };
}
