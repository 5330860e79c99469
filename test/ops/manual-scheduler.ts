import type { Scheduler } from '../../src/ops/scheduler.ts';

/** A Scheduler the test drives: nothing runs until the test says so, so no test sleeps. */
export class ManualScheduler implements Scheduler {
  private pending: { ms: number; fn: () => void; id: number }[] = [];
  private nextId = 0;
  /** Delays asked for, in order: what the backoff looked like. */
  readonly requested: number[] = [];

  after(ms: number, fn: () => void): () => void {
    const id = this.nextId++;
    this.pending.push({ ms, fn, id });
    this.requested.push(ms);
    return () => {
      this.pending = this.pending.filter((p) => p.id !== id);
    };
  }

  get size(): number {
    return this.pending.length;
  }

  /** Fires the earliest pending callback; false when there is none. */
  runNext(): boolean {
    const next = this.pending.shift();
    next?.fn();
    return next !== undefined;
  }
}
