import type { PoolClient } from 'pg';

/** Schema versions, applied in order and recorded in schema_migrations. Append new versions;
 * never edit a released one. Mirrors the SQLite schema, with native timestamps. */
export const PG_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE claims (
        id BIGSERIAL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('unmatched', 'submission')),
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('none', 'suggest')),
        platform TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        user_hash TEXT,
        chat_hash TEXT,
        at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX claims_at ON claims (at);
      CREATE TABLE feedback (
        id BIGSERIAL PRIMARY KEY,
        entry_id TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        platform TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        user_hash TEXT,
        chat_hash TEXT,
        at TIMESTAMPTZ NOT NULL
      );
      CREATE UNIQUE INDEX feedback_one_vote ON feedback (entry_id, user_hash) WHERE user_hash IS NOT NULL;
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE shares (
        id BIGSERIAL PRIMARY KEY,
        entry_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        user_hash TEXT,
        chat_hash TEXT,
        at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX shares_at ON shares (at);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
];

/** Any constant works; it only has to be the same in every instance. */
const MIGRATION_LOCK = 7_210_388_412;

/**
 * Brings the schema up to date. Several instances may start at once: a transaction-scoped
 * advisory lock lets exactly one of them migrate while the others wait, then find nothing to do.
 */
export async function migratePostgres(client: PoolClient, schema?: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Under the lock too: concurrent CREATE SCHEMA IF NOT EXISTS can still collide.
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    const newest = PG_MIGRATIONS.at(-1)?.version ?? 0;
    if (current > newest) throw new Error(`database schema v${current} is newer than this claimcheck (v${newest})`);
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
