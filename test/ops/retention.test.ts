import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, startRetention } from '../../src/ops/retention.ts';
import { openStore } from '../../src/store/index.ts';
import type { Origin } from '../../src/store/ports.ts';
import { captureLog, tempDir } from '../store/helpers.ts';
import { ManualScheduler } from './manual-scheduler.ts';

const silent = pino({ level: 'silent' });
const origin: Origin = { platform: 'discord', chatType: 'private', userId: '1', chatId: '1' };

describe('retention purge', () => {
  it('purges at start and then once a day, with the cutoff moving with the clock', async () => {
    const cutoffs: Date[] = [];
    let purged = (): void => undefined;
    const scheduler = new ManualScheduler();
    let now = new Date('2026-11-25T00:00:00Z');
    const job = startRetention({
      store: {
        purgeBefore: async (c) => {
          cutoffs.push(c);
          purged();
          return 0;
        },
      },
      retentionDays: 90,
      log: silent,
      now: () => now,
      scheduler,
    });
    await job.firstRun;
    expect(cutoffs).toEqual([new Date(+now - 90 * DAY_MS)]);
    expect(scheduler.requested).toEqual([DAY_MS]);

    now = new Date(+now + DAY_MS);
    const secondPurge = new Promise<void>((resolve) => (purged = resolve));
    scheduler.runNext();
    await secondPurge;
    expect(cutoffs[1]).toEqual(new Date('2026-08-28T00:00:00Z'));
    job.stop();
    expect(scheduler.size).toBe(0);
  });

  it('a failing purge is logged and tried again the next day', async () => {
    const { log, lines } = captureLog();
    const scheduler = new ManualScheduler();
    const job = startRetention({
      store: { purgeBefore: async () => Promise.reject(new Error('disk I/O error')) },
      retentionDays: 1,
      log,
      scheduler,
    });
    await job.firstRun;
    expect(lines().some((l) => l.level === 50 && /purge failed/.test(l.msg))).toBe(true);
    expect(scheduler.size).toBe(1);
    job.stop();
  });

  it('RETENTION_DAYS=0 keeps everything', async () => {
    let calls = 0;
    const job = startRetention({ store: { purgeBefore: async () => (calls++, 0) }, retentionDays: 0, log: silent });
    await job.firstRun;
    expect(calls).toBe(0);
  });

  describe('on a real store', () => {
    let dir: string;
    let remove: () => Promise<void>;
    beforeEach(async () => ({ dir, remove } = await tempDir()));
    afterEach(() => remove());

    it('opening the store removes what is older than the retention window', async () => {
      const now = new Date('2026-11-25T12:00:00Z');
      const daysAgo = (d: number): Date => new Date(+now - d * DAY_MS);
      const first = await openStore({ dataDir: dir, retentionDays: 0 }, silent);
      for (const d of [100, 91, 89, 1]) {
        await first.recordUnmatched({ text: `${d} days old`, lang: 'en', outcome: 'none', origin, at: daysAgo(d) });
        await first.recordFeedback({ entryId: `e${d}`, vote: 'down', origin, at: daysAgo(d) });
      }
      await first.close();

      const store = await openStore({ dataDir: dir, retentionDays: 90 }, silent, { now: () => now, scheduler: new ManualScheduler() });
      expect((await store.listClaims({ limit: 10 })).map((c) => c.text)).toEqual(['1 days old', '89 days old']);
      expect((await store.feedbackTally({ limit: 10 })).map((f) => f.entryId).sort()).toEqual(['e1', 'e89']);
      await store.close();
    });
  });
});
