/** One request the bot made, with what the emulator answered. */
export interface RecordedCall {
  /** Position in the log, starting at 0. */
  index: number;
  method: string;
  payload: Record<string, unknown>;
  /** `result` on success; the error body otherwise. */
  ok: boolean;
  result?: unknown;
  error?: { error_code: number; description: string };
}

type Predicate = (call: RecordedCall) => boolean;

interface Waiter {
  method: string;
  predicate: Predicate;
  resolve: (call: RecordedCall) => void;
}

export interface WaitOptions {
  /** Also match calls already recorded at or after this index (default: only future calls). */
  since?: number;
  /** Deadline after which the wait fails with the recent calls listed (default 5000 ms). */
  timeoutMs?: number;
}

/** Every call the bot made, in order, plus event-based waiting for the next matching one. */
export class CallLog {
  readonly calls: RecordedCall[] = [];
  private waiters: Waiter[] = [];

  record(call: Omit<RecordedCall, 'index'>): RecordedCall {
    const recorded = { ...call, index: this.calls.length };
    this.calls.push(recorded);
    const ready = this.waiters.filter((w) => w.method === recorded.method && w.predicate(recorded));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(recorded);
    return recorded;
  }

  /** The calls to `method` (optionally matching `predicate`) recorded so far. */
  find(method: string, predicate: Predicate = () => true): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && predicate(c));
  }

  /** Resolves with the next successful-or-failed call to `method` that matches `predicate`. */
  waitFor(method: string, predicate: Predicate = () => true, options: WaitOptions = {}): Promise<RecordedCall> {
    if (options.since !== undefined) {
      const past = this.calls.slice(options.since).find((c) => c.method === method && predicate(c));
      if (past) return Promise.resolve(past);
    }
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise<RecordedCall>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const recent = this.calls.slice(-8).map((c) => `${c.method}${c.ok ? '' : ` (${c.error?.description})`}`);
        reject(new Error(`No ${method} call matched within ${timeoutMs} ms. Recent calls: ${recent.join(', ') || 'none'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}
