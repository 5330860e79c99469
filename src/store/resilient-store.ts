import type { Logger } from 'pino';
import { realScheduler, type Scheduler } from '../ops/scheduler.ts';
import type {
  CuratorSubmission,
  DurableStore,
  FeedbackTally,
  FeedbackVote,
  ShareRecord,
  ShareTally,
  StoredClaim,
  UnmatchedClaim,
} from './ports.ts';

export interface ResilientStoreOptions {
  /** Opens (or reopens) the real back end. */
  open: () => Promise<DurableStore>;
  log: Logger;
  scheduler?: Scheduler;
  /** Records kept in memory while the database refuses writes; the oldest go first beyond it. */
  maxBuffered?: number;
  initialRetryMs?: number;
  maxRetryMs?: number;
  /** A record failing this many times on an open database is dropped, so one bad record cannot
   * block every later one. */
  maxAttempts?: number;
  onWriteError?: (err: unknown) => void;
  /** Called first on close (e.g. to stop the retention timer). */
  onClose?: () => void;
}

export interface StoreStatus {
  /** False while writes are being buffered instead of stored. */
  available: boolean;
  buffered: number;
  /** Records lost since start (buffer overflow or repeated failure). */
  dropped: number;
}

interface PendingWrite {
  kind: string;
  attempts: number;
  run: (store: DurableStore) => Promise<void>;
}

export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the database is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Keeps the bot answering when the database is locked, read-only, corrupt or unreachable: a failed
 * write is logged, kept in a bounded in-memory buffer and retried with exponential backoff, in
 * order, by reopening the back end. Writes resolve once stored or buffered; only buffered records
 * can be lost (if the process dies before the database recovers), and status() says how many.
 */
export class ResilientStore implements DurableStore {
  private inner: DurableStore | undefined;
  private readonly queue: PendingWrite[] = [];
  private dropped = 0;
  private delay: number;
  private cancelRetry: (() => void) | undefined;
  private flushing: Promise<void> | undefined;
  private closed = false;
  private readonly scheduler: Scheduler;
  private readonly maxBuffered: number;

  private constructor(private readonly options: ResilientStoreOptions) {
    this.scheduler = options.scheduler ?? realScheduler;
    this.maxBuffered = options.maxBuffered ?? 1_000;
    this.delay = options.initialRetryMs ?? 1_000;
  }

  /** Never throws: if the database cannot be opened now, it is retried in the background. */
  static async open(options: ResilientStoreOptions): Promise<ResilientStore> {
    const store = new ResilientStore(options);
    try {
      store.inner = await options.open();
    } catch (err) {
      options.log.error({ err }, 'database unavailable at start: answering continues, records are kept in memory and retried');
      options.onWriteError?.(err);
      store.scheduleRetry();
    }
    return store;
  }

  status(): StoreStatus {
    return { available: this.inner !== undefined && this.queue.length === 0, buffered: this.queue.length, dropped: this.dropped };
  }

  recordUnmatched(c: UnmatchedClaim): Promise<void> {
    return this.write('unmatched', (s) => s.recordUnmatched(c));
  }
  recordFeedback(v: FeedbackVote): Promise<void> {
    return this.write('feedback', (s) => s.recordFeedback(v));
  }
  recordShare(s: ShareRecord): Promise<void> {
    return this.write('share', (st) => st.recordShare(s));
  }
  recordSubmission(s: CuratorSubmission): Promise<void> {
    return this.write('submission', (st) => st.recordSubmission(s));
  }

  async listClaims(options: { limit: number; since?: Date }): Promise<StoredClaim[]> {
    return (await this.readable()).listClaims(options);
  }
  async feedbackTally(options: { limit: number }): Promise<FeedbackTally[]> {
    return (await this.readable()).feedbackTally(options);
  }
  async shareTally(options: { limit: number }): Promise<ShareTally[]> {
    return (await this.readable()).shareTally(options);
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    return (await this.readable()).purgeBefore(cutoff);
  }

  /** Resolves when the retry in progress (if any) has finished: tests await it instead of sleeping. */
  async settled(): Promise<void> {
    await this.flushing;
  }

  /** Stops retrying, makes one last attempt to store what is buffered, then closes the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.options.onClose?.();
    this.cancelRetry?.();
    await this.flushing;
    if (this.queue.length > 0) await this.flush();
    if (this.queue.length > 0) {
      this.options.log.error({ lost: this.queue.length }, 'closing with records the database never accepted: they are lost');
    }
    await this.discardInner();
  }

  private async write(kind: string, run: (store: DurableStore) => Promise<void>): Promise<void> {
    if (this.closed) {
      this.options.log.warn({ kind }, 'record after the store was closed: dropped');
      this.dropped++;
      return;
    }
    const inner = this.inner;
    if (inner !== undefined && this.queue.length === 0 && this.flushing === undefined) {
      try {
        await run(inner);
        return;
      } catch (err) {
        this.options.log.error({ err, kind }, 'database write failed: keeping the record in memory and retrying');
        this.options.onWriteError?.(err);
        if (this.inner === inner) await this.discardInner();
      }
    }
    this.enqueue({ kind, attempts: 1, run });
    this.scheduleRetry();
  }

  private enqueue(write: PendingWrite): void {
    this.queue.push(write);
    if (this.queue.length > this.maxBuffered) {
      const lost = this.queue.shift();
      this.dropped++;
      this.options.log.error({ kind: lost?.kind, dropped: this.dropped }, 'write buffer full: oldest record dropped');
    }
  }

  private scheduleRetry(): void {
    if (this.closed || this.cancelRetry !== undefined) return;
    const wait = this.delay;
    this.delay = Math.min(this.delay * 2, this.options.maxRetryMs ?? 60_000);
    this.cancelRetry = this.scheduler.after(wait, () => {
      this.cancelRetry = undefined;
      this.flushing ??= this.flush().finally(() => (this.flushing = undefined));
    });
  }

  /** Reopens if needed, then writes the buffer in order. On failure, backs off and tries again. */
  private async flush(): Promise<void> {
    try {
      this.inner ??= await this.options.open();
    } catch (err) {
      this.options.log.warn({ err, buffered: this.queue.length }, 'database still unavailable');
      this.scheduleRetry();
      return;
    }
    const stored = this.queue.length;
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      try {
        await head.run(this.inner);
        this.queue.shift();
      } catch (err) {
        this.options.onWriteError?.(err);
        if (++head.attempts > (this.options.maxAttempts ?? 10)) {
          this.queue.shift();
          this.dropped++;
          this.options.log.error({ err, kind: head.kind }, 'record dropped after repeated write failures');
          continue;
        }
        this.options.log.warn({ err, buffered: this.queue.length }, 'database still refuses writes');
        await this.discardInner();
        this.scheduleRetry();
        return;
      }
    }
    this.delay = this.options.initialRetryMs ?? 1_000;
    if (stored > 0) this.options.log.info({ stored }, 'database recovered: buffered records stored');
  }

  private async readable(): Promise<DurableStore> {
    if (this.inner !== undefined) return this.inner;
    try {
      this.inner = await this.options.open();
      return this.inner;
    } catch (err) {
      throw new StoreUnavailableError(err);
    }
  }

  private async discardInner(): Promise<void> {
    const inner = this.inner;
    this.inner = undefined;
    await inner?.close().catch((err: unknown) => this.options.log.warn({ err }, 'closing a failed database connection'));
  }
}
