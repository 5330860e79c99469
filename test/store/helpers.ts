import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import pino, { type Logger } from 'pino';

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'claimcheck-store-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A pino logger whose lines the test can read. */
export function captureLog(): { log: Logger; lines: () => { level: number; msg: string; err?: { message: string } }[] } {
  const out: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, sink), lines: () => out.map((l) => JSON.parse(l)) };
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const PG_SKIP_REASON = 'TEST_DATABASE_URL not set (run `export TEST_DATABASE_URL=$(bash .ci/postgres.sh)`)';

/** A fresh, uniquely named schema so test files can share one database; dropped on cleanup. */
export function pgSchema(): { schema: string; drop: () => Promise<void> } {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
