import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { Origin } from '../../src/store/ports.ts';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { loadOrCreateSalt, SALT_FILE } from '../../src/store/privacy/salt.ts';
import { captureLog, PG_SKIP_REASON, pgSchema, tempDir, TEST_DATABASE_URL } from './helpers.ts';
import { openPgStore } from '../../src/store/postgres/pg-store.ts';

const USER = '731904455821';
const CHAT = '-1001928374655';
const MODERATOR = '290113874662';

describe('privacy: who asked never reaches the database', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => ({ dir, remove } = await tempDir()));
  afterEach(() => remove());

  it('no raw user or chat id appears anywhere in the database files', async () => {
    const store = await openStore({ dataDir: dir, retentionDays: 90 }, pino({ level: 'silent' }));
    const asker: Origin = { platform: 'telegram', chatType: 'group', userId: USER, chatId: CHAT };
    const at = new Date();
    await store.recordUnmatched({ text: 'marker-claim-text', lang: 'en', outcome: 'none', origin: asker, at });
    await store.recordSubmission({ text: 'marker-submission', lang: 'en', origin: asker, at });
    await store.recordFeedback({ entryId: 'marker-entry', vote: 'down', origin: asker, at });
    await store.recordShare({ entryId: 'marker-entry', origin: { ...asker, userId: MODERATOR, chatType: 'channel' }, at });

    // Grep the files while the store is open (records may still sit in the WAL) and after close.
    for (const phase of ['open', 'closed']) {
      if (phase === 'closed') await store.close();
      const files = (await readdir(dir)).filter((f) => f.startsWith('claimcheck.sqlite'));
      expect(files.length).toBeGreaterThan(0);
      const bytes = Buffer.concat(await Promise.all(files.map((f) => readFile(join(dir, f)))));
      const text = bytes.toString('latin1');
      expect(text).toContain('marker-claim-text'); // the grep does see what is stored
      for (const id of [USER, CHAT, MODERATOR, CHAT.slice(1)]) expect(text, `${phase}: ${id}`).not.toContain(id);
    }
  });

  it('the salt is created once per install, private to its owner, and reused', async () => {
    const first = await loadOrCreateSalt(dir);
    const again = await loadOrCreateSalt(dir);
    expect(again.equals(first)).toBe(true);
    expect((await stat(join(dir, SALT_FILE))).mode & 0o777).toBe(0o600);

    const other = await tempDir();
    const elsewhere = await loadOrCreateSalt(other.dir);
    await other.remove();
    expect(elsewhere.equals(first)).toBe(false);
    // So the same person has unrelated pseudonyms in two installs, and one per platform and kind.
    const a = createIdHasher(first);
    const b = createIdHasher(elsewhere);
    expect(a.hash('user', 'telegram', USER)).not.toBe(b.hash('user', 'telegram', USER));
    expect(a.hash('user', 'telegram', USER)).not.toBe(a.hash('user', 'discord', USER));
    expect(a.hash('user', 'telegram', USER)).not.toBe(a.hash('chat', 'telegram', USER));
    expect(a.hash('user', 'telegram', USER)).toBe(createIdHasher(first).hash('user', 'telegram', USER));
  });

  it('a damaged salt file is a clear error, never silently replaced', async () => {
    await writeFile(join(dir, SALT_FILE), 'oops');
    await expect(loadOrCreateSalt(dir)).rejects.toThrow(/id-salt is not a valid salt/);
    expect(await readFile(join(dir, SALT_FILE), 'utf8')).toBe('oops');
  });

  it('a database reopened with a different salt says so loudly', async () => {
    await (await openStore({ dataDir: dir, retentionDays: 90 }, pino({ level: 'silent' }))).close();
    await writeFile(join(dir, SALT_FILE), 'ab'.repeat(32));
    const { log, lines } = captureLog();
    const store = await openStore({ dataDir: dir, retentionDays: 90 }, log);
    expect(lines().some((l) => l.level === 50 && /salt .* differs/.test(l.msg))).toBe(true);
    expect(store.status().available).toBe(true); // still answering and recording
    await store.close();
  });

  const url = TEST_DATABASE_URL;
  it.skipIf(url === undefined)(`PostgreSQL rows hold no raw id either${url === undefined ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, async () => {
    const { schema, drop } = pgSchema();
    const store = await openPgStore({ connectionString: url!, schema, hasher: createIdHasher(await loadOrCreateSalt(dir)) });
    const asker: Origin = { platform: 'discord', chatType: 'group', userId: USER, chatId: CHAT };
    const at = new Date();
    await store.recordUnmatched({ text: 'marker-claim-text', lang: 'en', outcome: 'none', origin: asker, at });
    await store.recordFeedback({ entryId: 'e', vote: 'up', origin: asker, at });
    await store.recordShare({ entryId: 'e', origin: { ...asker, userId: MODERATOR }, at });
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const dump = [];
      for (const table of ['claims', 'feedback', 'shares', 'meta']) {
        const { rows } = await client.query(`SELECT row_to_json(t)::text AS j FROM ${schema}.${table} t`);
        dump.push(...rows.map((r: { j: string }) => r.j));
      }
      const text = dump.join('\n');
      expect(text).toContain('marker-claim-text');
      for (const id of [USER, CHAT, MODERATOR, CHAT.slice(1)]) expect(text).not.toContain(id);
    } finally {
      await client.end();
      await drop();
    }
  });
});
