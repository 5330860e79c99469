import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { retryWithBackoff } from '../../src/ops/retry.ts';

const silent = pino({ level: 'silent' });

describe('retryWithBackoff', () => {
  it('waits 1 s, 2 s, 4 s ... up to the cap, then returns the result', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        if (++calls < 8) throw new Error('ECONNREFUSED');
        return 'connected';
      },
      { log: silent, jitter: 0, maxMs: 30_000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('connected');
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('spreads delays with jitter', async () => {
    const waits: number[] = [];
    let calls = 0;
    await retryWithBackoff(
      async () => {
        if (++calls < 3) throw new Error('down');
      },
      { log: silent, random: () => 1, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([1_200, 2_400]);
  });

  it('gives up at once on an error retrying cannot fix', async () => {
    let calls = 0;
    const unauthorized = new Error('401 Unauthorized');
    await expect(
      retryWithBackoff(
        async () => {
          calls++;
          throw unauthorized;
        },
        { log: silent, retryIf: (e) => e !== unauthorized, sleep: async () => undefined },
      ),
    ).rejects.toBe(unauthorized);
    expect(calls).toBe(1);
  });

  it('stops waiting as soon as the signal aborts (shutdown during an outage)', async () => {
    const controller = new AbortController();
    let calls = 0;
    const pending = retryWithBackoff(
      async () => {
        calls++;
        throw new Error('unreachable');
      },
      { log: silent, signal: controller.signal, initialMs: 3_600_000 }, // real sleep: one hour
    );
    await Promise.resolve();
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
    expect(calls).toBe(1);
  });
});
