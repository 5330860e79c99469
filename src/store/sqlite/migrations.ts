import type { Database } from 'better-sqlite3';

/** Schema versions, applied in order; `PRAGMA user_version` records the last one applied. Append
 * new versions; never edit a released one. Times are epoch milliseconds; ids are salted hashes. */
export const SQLITE_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('unmatched', 'submission')),
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('none', 'suggest')),
        platform TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        user_hash TEXT,
        chat_hash TEXT,
        at INTEGER NOT NULL
      );
      CREATE INDEX claims_at ON claims (at);
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        platform TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        user_hash TEXT,
        chat_hash TEXT,
        at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX feedback_one_vote ON feedback (entry_id, user_hash) WHERE user_hash IS NOT NULL;
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE shares (
        id INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        user_hash TEXT,
        chat_hash TEXT,
        at INTEGER NOT NULL
      );
      CREATE INDEX shares_at ON shares (at);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
];

/** Brings the file up to the newest schema, each version in its own transaction. */
export function migrateSqlite(db: Database): void {
  const current = db.pragma('user_version', { simple: true });
  if (typeof current !== 'number') throw new Error('cannot read the schema version');
  const newest = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
  if (current > newest) throw new Error(`database schema v${current} is newer than this claimcheck (v${newest})`);
  for (const m of SQLITE_MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
