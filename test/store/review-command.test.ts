import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewCommand } from '../../src/cli/review-command.ts';
import { openStore } from '../../src/store/index.ts';
import type { DurableStore, Origin } from '../../src/store/ports.ts';
import { openPgStore } from '../../src/store/postgres/pg-store.ts';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { loadOrCreateSalt } from '../../src/store/privacy/salt.ts';
import { PG_SKIP_REASON, pgSchema, tempDir, TEST_DATABASE_URL } from './helpers.ts';

async function run(args: string[], env: Record<string, string | undefined>, cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await reviewCommand(args, { stdin: new PassThrough(), stdout, stderr, env, cwd });
  return { code, out, err };
}

const origin = (user: string): Origin => ({ platform: 'telegram', chatType: 'private', userId: user, chatId: user });
const day = (d: number): Date => new Date(Date.UTC(2026, 10, d, 12));

async function seed(store: DurableStore): Promise<void> {
  const asked: [string, 'en' | 'es', number][] = [
    ['Dominion machines deleted millions of votes', 'en', 1],
    ['dominion machines deleted millions of votes!!', 'en', 3],
    ['Dominion machines deleted millions of votes', 'es', 5],
    ['Dead people voted in Georgia \u001b[31mRED\u001b[0m\nsecond line', 'en', 2],
  ];
  for (const [text, lang, d] of asked) {
    await store.recordUnmatched({ text, lang, outcome: 'none', origin: origin('1'), at: day(d) });
  }
  await store.recordSubmission({ text: 'dominion machines deleted millions of votes', lang: 'en', origin: origin('2'), at: day(6) });
  for (const [entry, vote, user] of [
    ['mail-ballots', 'down', '1'],
    ['mail-ballots', 'down', '2'],
    ['mail-ballots', 'up', '3'],
    ['machines', 'down', '1'],
    ['machines', 'up', '2'],
  ] as const) {
    await store.recordFeedback({ entryId: entry, vote, origin: origin(user), at: day(4) });
  }
  await store.recordShare({ entryId: 'machines', origin: { ...origin('9'), chatId: '-100', chatType: 'channel' }, at: day(4) });
}

describe('claimcheck review', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => ({ dir, remove } = await tempDir()));
  afterEach(() => remove());

  async function seeded(): Promise<Record<string, string>> {
    const store = await openStore({ dataDir: dir, retentionDays: 0 }, pino({ level: 'silent' }));
    await seed(store);
    await store.close();
    return { DATA_DIR: dir };
  }

  it('lists unanswered claims grouped by similarity, most asked first, terminal-safe', async () => {
    const env = await seeded();
    const { code, out } = await run([], env, '/');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Unanswered claims, most asked first (5 claims in 2 groups)');
    expect(lines[2]).toMatch(/^ {2}1\. {4}4× {2}en,es +2026-11-01 → 2026-11-06 {3}1 sent to curators$/);
    expect(lines[3]).toBe('      "dominion machines deleted millions of votes"');
    expect(lines[4]).toMatch(/^ {2}2\. {4}1× {2}en +2026-11-02$/);
    expect(lines[5]).toBe('      "Dead people voted in Georgia [31mRED [0m second line"');
    expect(out).not.toContain('\u001b');
  });

  it('--json gives the same list as data', async () => {
    const { code, out } = await run(['--json'], await seeded(), '/');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.claims).toBe(5);
    expect(report.clusters[0]).toEqual({
      count: 4,
      languages: ['en', 'es'],
      firstSeen: '2026-11-01T12:00:00.000Z',
      lastSeen: '2026-11-06T12:00:00.000Z',
      example: 'dominion machines deleted millions of votes',
      submissions: 1,
    });
  });

  it('review feedback: the most disputed answers first', async () => {
    const env = await seeded();
    const text = await run(['feedback'], env, '/');
    expect(text.out.split('\n').slice(2, 4)).toEqual([
      '  👎    2  👍    1  mail-ballots  (last vote 2026-11-04)',
      '  👎    1  👍    1  machines  (last vote 2026-11-04)',
    ]);
    const json = JSON.parse((await run(['feedback', '--json', '--limit', '1'], env, '/')).out);
    expect(json).toEqual({ entries: [{ entryId: 'mail-ballots', up: 1, down: 2, lastVoteAt: '2026-11-04T12:00:00.000Z' }] });
  });

  it('review shares: who shared what, as counts of channels', async () => {
    const json = JSON.parse((await run(['shares', '--json'], await seeded(), '/')).out);
    expect(json.entries).toEqual([{ entryId: 'machines', shares: 1, channels: 1, lastSharedAt: '2026-11-04T12:00:00.000Z' }]);
  });

  it('says plainly when there is nothing yet, and creates nothing', async () => {
    const { code, out } = await run([], { DATA_DIR: 'fresh' }, dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^No records yet \(no database at .*fresh\/claimcheck\.sqlite\)\.\n$/);
    expect(JSON.parse((await run(['feedback', '--json'], { DATA_DIR: 'fresh' }, dir)).out)).toEqual({ entries: [] });
    expect(existsSync(join(dir, 'fresh'))).toBe(false);
  });

  it('rejects bad arguments and a bad DATABASE_URL with usage and exit code 2', async () => {
    for (const [args, env] of [
      [['nonsense'], {}],
      [['--limit', 'many'], {}],
      [['--frobnicate'], {}],
      [[], { DATABASE_URL: 'mysql://x' }],
    ] as const) {
      const { code, err } = await run([...args], { ...env }, dir);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain('usage: claimcheck review');
    }
  });

  it('a corrupt database is a clear error, exit code 1', async () => {
    await writeFile(`${dir}/claimcheck.sqlite`, 'garbage'.repeat(1000));
    const { code, err } = await run([], { DATA_DIR: dir }, '/');
    expect(code).toBe(1);
    expect(err).toMatch(/^Cannot open the database: file is not a database/);
  });

  const url = TEST_DATABASE_URL;
  it.skipIf(url === undefined)(`reads PostgreSQL when DATABASE_URL is set${url === undefined ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, async () => {
    const { schema, drop } = pgSchema();
    try {
      const store = await openPgStore({ connectionString: url!, schema, hasher: createIdHasher(await loadOrCreateSalt(dir)) });
      await seed(store);
      await store.close();
      const databaseUrl = `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const { code, out } = await run(['--json'], { DATA_DIR: dir, DATABASE_URL: databaseUrl }, '/');
      expect(code).toBe(0);
      expect(JSON.parse(out).clusters.map((c: { count: number }) => c.count)).toEqual([4, 1]);
    } finally {
      await drop();
    }
  });
});
