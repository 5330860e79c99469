import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { openPgStore } from '../../src/store/postgres/pg-store.ts';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { loadOrCreateSalt } from '../../src/store/privacy/salt.ts';
import { PG_SKIP_REASON, pgSchema, tempDir, TEST_DATABASE_URL } from './helpers.ts';

const writer = fileURLToPath(new URL('./fixtures/burst-writer.ts', import.meta.url));
const ACKS_BEFORE_KILL = 200;

/** Runs the writer, kills it with SIGKILL mid-burst, returns every number it acknowledged. */
async function killMidBurst(args: string[]): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: number[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    acked.push(...lines.map(Number));
    if (acked.length >= ACKS_BEFORE_KILL) child.kill('SIGKILL');
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGKILL', stderr: '' });
  return acked;
}

async function expectAllPresent(config: { dataDir: string; databaseUrl?: string }, acked: number[]): Promise<void> {
  const store = await openStore({ ...config, retentionDays: 0 }, pino({ level: 'silent' }));
  try {
    const texts = new Set((await store.listClaims({ limit: 100_000 })).map((c) => c.text));
    const missing = acked.filter((i) => !texts.has(`burst ${i}`));
    expect(missing).toEqual([]);
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
  } finally {
    await store.close();
  }
}

describe('durability: a process killed with SIGKILL loses no acknowledged record', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('SQLite', async () => {
    const { dir, remove } = await tempDir();
    cleanups.push(remove);
    const acked = await killMidBurst([dir]);
    await expectAllPresent({ dataDir: dir }, acked);
  });

  const url = TEST_DATABASE_URL;
  it.skipIf(url === undefined)(`PostgreSQL${url === undefined ? ` (skipped: ${PG_SKIP_REASON})` : ''}`, async () => {
    const { dir, remove } = await tempDir();
    const { schema, drop } = pgSchema();
    cleanups.push(remove, drop);
    // The schema travels in the URL (libpq "options"), exactly as an operator could set it.
    const databaseUrl = `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const hasher = createIdHasher(await loadOrCreateSalt(dir));
    await (await openPgStore({ connectionString: url!, schema, hasher })).close(); // creates the schema
    const acked = await killMidBurst([dir, databaseUrl]);
    await expectAllPresent({ dataDir: dir, databaseUrl }, acked);
  });
});
