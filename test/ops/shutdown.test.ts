import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installShutdown } from '../../src/ops/shutdown.ts';
import { captureLog } from '../store/helpers.ts';
import { ManualScheduler } from './manual-scheduler.ts';

/** A running adapter with work in flight: stop() refuses new updates, then waits for the rest. */
class FakeAdapter {
  readonly name = 'telegram' as const;
  private accepting = true;
  private readonly inFlight = new Set<Promise<void>>();
  readonly handled: string[] = [];

  /** Starts handling an update; returns the function that completes it. */
  receive(update: string): (() => void) | undefined {
    if (!this.accepting) return undefined;
    let finish!: () => void;
    const work = new Promise<void>((resolve) => (finish = resolve)).then(() => {
      this.handled.push(update);
      this.inFlight.delete(work);
    });
    this.inFlight.add(work);
    return finish;
  }
  healthy(): boolean {
    return this.accepting;
  }
  async stop(): Promise<void> {
    this.accepting = false;
    await Promise.all(this.inFlight);
  }
}

function setup() {
  const signals = new EventEmitter();
  const adapter = new FakeAdapter();
  const events: string[] = [];
  const exited = new Promise<number>((resolve) => {
    const { log } = captureLog();
    installShutdown({
      adapters: [adapter],
      store: { close: async () => void events.push('store closed') },
      log,
      process: signals,
      scheduler: new ManualScheduler(),
      exit: (code) => {
        events.push(`exit ${code}`);
        resolve(code);
      },
    });
  });
  return { signals, adapter, events, exited };
}

describe('graceful shutdown', () => {
  it('on SIGTERM: takes no new updates, finishes the one in flight, closes the store, exits 0', async () => {
    const { signals, adapter, events, exited } = setup();
    const finish = adapter.receive('claim in flight');
    signals.emit('SIGTERM');
    expect(adapter.receive('arrives during shutdown')).toBeUndefined();
    await Promise.resolve();
    expect(events).toEqual([]); // still waiting for the work in flight
    finish?.();
    expect(await exited).toBe(0);
    expect(adapter.handled).toEqual(['claim in flight']);
    expect(events).toEqual(['store closed', 'exit 0']);
  });

  it('SIGINT works the same way', async () => {
    const { signals, events, exited } = setup();
    signals.emit('SIGINT');
    expect(await exited).toBe(0);
    expect(events).toEqual(['store closed', 'exit 0']);
  });

  it('work that outlives the deadline is cut off: the store still closes, exit code 1', async () => {
    const signals = new EventEmitter();
    const scheduler = new ManualScheduler();
    const adapter = new FakeAdapter();
    adapter.receive('never finishes');
    const { log, lines } = captureLog();
    const events: string[] = [];
    const handle = installShutdown({
      adapters: () => [adapter],
      store: { close: async () => void events.push('store closed') },
      log,
      process: signals,
      scheduler,
      timeoutMs: 10_000,
      exit: (code) => void events.push(`exit ${code}`),
    });
    const done = handle.shutdown('test');
    await Promise.resolve();
    expect(scheduler.requested[0]).toBeGreaterThan(9_000); // the 10 s deadline
    scheduler.runNext();
    expect(await done).toBe(1);
    expect(events).toEqual(['store closed', 'exit 1']);
    expect(lines().some((l) => /stopping telegram did not finish in time/.test(l.msg))).toBe(true);
  });

  it('a second signal exits at once', async () => {
    const { signals, adapter, events } = setup();
    adapter.receive('slow');
    signals.emit('SIGTERM');
    signals.emit('SIGTERM');
    expect(events).toEqual(['exit 1']);
  });

  it('stops listening for signals once done', async () => {
    const { signals, exited } = setup();
    signals.emit('SIGTERM');
    await exited;
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  });
});
