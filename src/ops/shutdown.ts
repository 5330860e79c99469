import type { Logger } from 'pino';
import type { RunningAdapter } from '../adapters/deps.ts';
import type { ClaimStore } from '../store/ports.ts';
import { realScheduler, type Scheduler } from './scheduler.ts';

/** The part of `process` shutdown needs; tests pass an EventEmitter. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface ShutdownOptions {
  /** The running adapters, or a getter when they start later (e.g. after retries). */
  adapters: readonly Pick<RunningAdapter, 'name' | 'stop'>[] | (() => readonly Pick<RunningAdapter, 'name' | 'stop'>[]);
  store: Pick<ClaimStore, 'close'>;
  log: Logger;
  /** How long in-flight work may take before the process exits anyway. */
  timeoutMs?: number;
  exit?: (code: number) => void;
  /** Run first: e.g. abort start-up retries (an AbortController's abort). */
  beforeStop?: () => void;
  /** Run after the adapters stopped, before the store closes: e.g. the HTTP server's close. */
  closers?: readonly (() => Promise<void> | void)[];
  signals?: readonly NodeJS.Signals[];
  process?: SignalSource;
  scheduler?: Scheduler;
}

export interface ShutdownHandle {
  /** Shuts down as a signal would; resolves with the exit code after `exit` was called. */
  shutdown(reason: string): Promise<number>;
  /** Removes the signal handlers. */
  dispose(): void;
}

/**
 * On SIGTERM or SIGINT: stop taking updates, let in-flight work finish (at most `timeoutMs`,
 * 10 s by default), close the store, exit 0. Exit 1 if something failed or had to be cut off.
 * A second signal exits at once.
 */
export function installShutdown(options: ShutdownOptions): ShutdownHandle {
  const { log, store } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const source = options.process ?? process;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const timeoutMs = options.timeoutMs ?? 10_000;
  const scheduler = options.scheduler ?? realScheduler;
  let running: Promise<number> | undefined;

  const onSignal = (signal: NodeJS.Signals) => () => {
    if (running) {
      log.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    void handle.shutdown(signal);
  };
  const listeners = signals.map((s) => [s, onSignal(s)] as const);
  for (const [s, l] of listeners) source.on(s, l);

  /** Runs `work`, or gives up when the deadline passes first; true when it finished cleanly. */
  async function withDeadline(what: string, work: () => Promise<unknown>, deadline: number): Promise<boolean> {
    let cancel = (): void => undefined;
    const timedOut = new Promise<false>((resolve) => {
      cancel = scheduler.after(Math.max(0, deadline - Date.now()), () => resolve(false));
    });
    const done = work().then(
      () => true,
      (err: unknown) => {
        log.error({ err }, `${what} failed`);
        return false;
      },
    );
    const finished = await Promise.race([done, timedOut.then(() => 'timeout' as const)]);
    cancel();
    if (finished === 'timeout') log.error({ timeoutMs }, `${what} did not finish in time`);
    return finished === true;
  }

  async function run(reason: string): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    log.info({ reason }, 'shutting down: no new updates, finishing work in flight');
    options.beforeStop?.();
    const adapters = typeof options.adapters === 'function' ? options.adapters() : options.adapters;
    const results = await Promise.all(
      adapters.map((a) => withDeadline(`stopping ${a.name}`, () => a.stop(), deadline)),
    );
    let clean = results.every(Boolean);
    for (const close of options.closers ?? []) {
      clean = (await withDeadline('closing', async () => close(), deadline)) && clean;
    }
    // The store closes even after a timeout: it flushes what it can and releases the database.
    clean = (await withDeadline('closing the store', () => store.close(), Date.now() + timeoutMs)) && clean;
    const code = clean ? 0 : 1;
    log.info({ code }, 'stopped');
    handle.dispose();
    exit(code);
    return code;
  }

  const handle: ShutdownHandle = {
    shutdown: (reason) => (running ??= run(reason)),
    dispose: () => {
      for (const [s, l] of listeners) source.off(s, l);
    },
  };
  return handle;
}
