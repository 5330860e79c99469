import type { Logger } from 'pino';

export interface RetryOptions {
  /** Aborting stops waiting and rejects with the signal's reason (e.g. on SIGTERM). */
  signal?: AbortSignal;
  log?: Logger;
  /** Names the operation in logs, e.g. 'telegram start'. */
  what?: string;
  initialMs?: number;
  maxMs?: number;
  /** ± fraction of each delay, so instances restarted together do not retry in lockstep. */
  jitter?: number;
  /** Give up at once on errors retrying cannot fix (e.g. an invalid token). */
  retryIf?: (err: unknown) => boolean;
  maxAttempts?: number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Calls `fn` until it resolves, waiting 1 s, 2 s, 4 s ... up to 60 s between attempts: an
 * unreachable Telegram or Discord API is waited out inside the process instead of crash-looping.
 */
export async function retryWithBackoff<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { signal, log, what = 'operation' } = options;
  const initial = options.initialMs ?? 1_000;
  const max = options.maxMs ?? 60_000;
  const jitter = options.jitter ?? 0.2;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (err) {
      signal?.throwIfAborted();
      if (options.retryIf && !options.retryIf(err)) throw err;
      if (attempt >= (options.maxAttempts ?? Infinity)) throw err;
      const base = Math.min(max, initial * 2 ** (attempt - 1));
      const delayMs = Math.round(base * (1 + jitter * (2 * random() - 1)));
      log?.warn({ err, attempt, delayMs, what }, `${what} failed; retrying`);
      await sleep(delayMs, signal);
    }
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
