import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, ResilientStore, SQLITE_FILE } from '../../src/store/index.ts';
import type { DurableStore, UnmatchedClaim } from '../../src/store/ports.ts';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { loadOrCreateSalt } from '../../src/store/privacy/salt.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ManualScheduler } from '../ops/manual-scheduler.ts';
import { captureLog, tempDir } from './helpers.ts';

const claim = (text: string): UnmatchedClaim => ({
  text,
  lang: 'en',
  outcome: 'none',
  origin: { platform: 'telegram', chatType: 'private', userId: '42', chatId: '42' },
  at: new Date(),
});
const texts = async (s: DurableStore): Promise<string[]> => (await s.listClaims({ limit: 100 })).map((c) => c.text).reverse();

describe('database faults never stop the bot', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let scheduler: ManualScheduler;
  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    scheduler = new ManualScheduler();
  });
  afterEach(() => remove());

  async function retryUntilIdle(store: ResilientStore): Promise<void> {
    scheduler.runNext();
    await store.settled();
  }

  it('a locked database: writes resolve, are kept, and land in order once the lock is gone', async () => {
    const { log, lines } = captureLog();
    const store = await openStore({ dataDir: dir, retentionDays: 0 }, log, { scheduler, sqliteBusyTimeoutMs: 0 });
    await store.recordUnmatched(claim('before the lock'));

    const other = new Database(join(dir, SQLITE_FILE));
    other.exec('BEGIN EXCLUSIVE');
    await store.recordUnmatched(claim('during the lock 1'));
    await store.recordUnmatched(claim('during the lock 2'));
    expect(store.status()).toEqual({ available: false, buffered: 2, dropped: 0 });
    expect(lines().some((l) => l.level === 50 && /write failed/.test(l.msg) && /locked/.test(l.err?.message ?? ''))).toBe(true);

    await retryUntilIdle(store); // still locked: backs off
    expect(store.status().buffered).toBe(2);
    other.exec('COMMIT');
    other.close();
    await retryUntilIdle(store);

    expect(store.status()).toEqual({ available: true, buffered: 0, dropped: 0 });
    expect(await texts(store)).toEqual(['before the lock', 'during the lock 1', 'during the lock 2']);
    expect(scheduler.requested).toEqual([1000, 2000]); // exponential backoff
    await store.close();
  });

  it('a corrupt database file at start: the store opens degraded and recovers when the file is replaced', async () => {
    const { log, lines } = captureLog();
    await writeFile(join(dir, SQLITE_FILE), 'this is not a database'.repeat(500));
    const store = await openStore({ dataDir: dir, retentionDays: 90 }, log, { scheduler });
    expect(lines().some((l) => l.level === 50 && /unavailable at start/.test(l.msg))).toBe(true);

    await store.recordUnmatched(claim('kept in memory'));
    expect(store.status()).toEqual({ available: false, buffered: 1, dropped: 0 });
    await retryUntilIdle(store);
    expect(store.status().buffered).toBe(1);

    await rm(join(dir, SQLITE_FILE)); // the operator moves the broken file aside
    while (scheduler.size > 0 && store.status().buffered > 0) await retryUntilIdle(store);
    expect(await texts(store)).toEqual(['kept in memory']);
    await store.close();
  });

  it('a read-only database: writes are buffered, and stored once it is writable again', async () => {
    const { log } = captureLog();
    const hasher = createIdHasher(await loadOrCreateSalt(dir));
    const file = join(dir, SQLITE_FILE);
    openSqliteStore({ file, hasher }).close(); // create and migrate
    let readonly = true;
    const store = await ResilientStore.open({
      open: async () => openSqliteStore({ file, hasher, readonly }),
      log,
      scheduler,
    });
    await store.recordUnmatched(claim('while read-only'));
    expect(store.status().buffered).toBe(1);
    readonly = false;
    await retryUntilIdle(store);
    expect(await texts(store)).toEqual(['while read-only']);
    await store.close();
  });

  it('keeps at most maxBuffered records, dropping the oldest, and says so', async () => {
    const { log, lines } = captureLog();
    const down = async (): Promise<DurableStore> => {
      throw new Error('connection refused');
    };
    const store = await ResilientStore.open({ open: down, log, scheduler, maxBuffered: 2 });
    for (const t of ['a', 'b', 'c']) await store.recordUnmatched(claim(t));
    expect(store.status()).toEqual({ available: false, buffered: 2, dropped: 1 });
    expect(lines().some((l) => /buffer full/.test(l.msg))).toBe(true);
    await store.close();
    expect(lines().some((l) => /lost/.test(l.msg))).toBe(true);
  });

  it('backoff doubles up to its cap and starts over after a recovery', async () => {
    const { log } = captureLog();
    let up = false;
    const stored: string[] = [];
    const flaky = {
      recordUnmatched: async (c: UnmatchedClaim) => {
        if (!up) throw new Error('connection reset');
        stored.push(c.text);
      },
      close: async () => undefined,
    } as unknown as DurableStore;
    const store = await ResilientStore.open({ open: async () => flaky, log, scheduler, initialRetryMs: 100, maxRetryMs: 400 });
    await store.recordUnmatched(claim('x'));
    for (let i = 0; i < 4; i++) await retryUntilIdle(store);
    up = true;
    await retryUntilIdle(store);
    expect(scheduler.requested).toEqual([100, 200, 400, 400, 400]);
    expect(scheduler.size).toBe(0);

    up = false;
    await store.recordUnmatched(claim('y'));
    expect(scheduler.requested.at(-1)).toBe(100);
    up = true;
    await retryUntilIdle(store);
    expect(stored).toEqual(['x', 'y']);
    await store.close();
  });

  it('drops a record that keeps failing on a working database, so later records still land', async () => {
    const { log, lines } = captureLog();
    const stored: string[] = [];
    const picky = {
      recordUnmatched: async (c: UnmatchedClaim) => {
        if (c.text === 'poison') throw new Error('CHECK constraint failed');
        stored.push(c.text);
      },
      close: async () => undefined,
    } as unknown as DurableStore;
    const store = await ResilientStore.open({ open: async () => picky, log, scheduler, maxAttempts: 3 });
    await store.recordUnmatched(claim('poison'));
    await store.recordUnmatched(claim('fine'));
    while (scheduler.size > 0) await retryUntilIdle(store);
    expect(stored).toEqual(['fine']);
    expect(store.status()).toEqual({ available: true, buffered: 0, dropped: 1 });
    expect(lines().some((l) => /dropped after repeated/.test(l.msg))).toBe(true);
    await store.close();
  });

  it('reads report an unavailable database instead of pretending it is empty', async () => {
    const { log } = captureLog();
    const store = await ResilientStore.open({
      open: async () => {
        throw new Error('unreachable');
      },
      log,
      scheduler,
    });
    await expect(store.listClaims({ limit: 1 })).rejects.toThrow(/unavailable/);
    await store.close();
  });
});
