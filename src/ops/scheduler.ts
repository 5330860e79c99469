/** Runs a callback later. Injected wherever code waits, so tests drive time instead of sleeping. */
export interface Scheduler {
  /** Calls `fn` after `ms`; returns a function that cancels it. */
  after(ms: number, fn: () => void): () => void;
}

/** Real timers, unref'd: a pending retry or purge never keeps a stopping process alive. */
export const realScheduler: Scheduler = {
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
