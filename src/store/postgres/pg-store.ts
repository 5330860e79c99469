import pg from 'pg';
import type { Logger } from 'pino';
import { hashOrigin, type HashedOrigin, type IdHasher } from '../privacy/id-hasher.ts';
import { checkSaltFingerprint } from '../privacy/salt-check.ts';
import type {
  CuratorSubmission,
  DurableStore,
  FeedbackTally,
  FeedbackVote,
  ShareRecord,
  ShareTally,
  StoredClaim,
  UnmatchedClaim,
} from '../ports.ts';
import { storableText } from '../text.ts';
import { feedbackTallyRow, shareTallyRow, storedClaimRow } from '../rows.ts';
import { migratePostgres } from './migrations.ts';

export interface PgStoreOptions {
  connectionString: string;
  hasher: IdHasher;
  log?: Logger;
  /** A schema other than `public` (tests give each store its own). Created if missing. */
  schema?: string;
  /** Pool size per instance. */
  maxConnections?: number;
}

/** Shared state for several bot instances. A write resolves after PostgreSQL has committed it. */
export async function openPgStore(options: PgStoreOptions): Promise<DurableStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (err) => options.log?.warn({ err }, 'postgres connection lost'));
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, schema);
      await client.query("INSERT INTO meta (key, value) VALUES ('salt', $1) ON CONFLICT (key) DO NOTHING", [
        options.hasher.fingerprint,
      ]);
      const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'salt'");
      checkSaltFingerprint(rows[0]?.value, options.hasher, options.log);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  return new PgStore(pool, options.hasher);
}

const originColumns = (o: HashedOrigin): unknown[] => [o.platform, o.chatType, o.userHash, o.chatHash];

class PgStore implements DurableStore {
  private closed = false;
  constructor(
    private readonly pool: pg.Pool,
    private readonly hasher: IdHasher,
  ) {}

  async recordUnmatched(c: UnmatchedClaim): Promise<void> {
    await this.insertClaim('unmatched', storableText(c.text), c.lang, c.outcome, hashOrigin(c.origin, this.hasher), c.at);
  }

  async recordSubmission(s: CuratorSubmission): Promise<void> {
    await this.insertClaim('submission', storableText(s.text), s.lang, null, hashOrigin(s.origin, this.hasher), s.at);
  }

  private async insertClaim(kind: string, text: string, lang: string, outcome: string | null, o: HashedOrigin, at: Date) {
    await this.pool.query(
      `INSERT INTO claims (kind, text, lang, outcome, platform, chat_type, user_hash, chat_hash, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [kind, text, lang, outcome, ...originColumns(o), at],
    );
  }

  async recordFeedback(v: FeedbackVote): Promise<void> {
    const o = hashOrigin(v.origin, this.hasher);
    const insert = `INSERT INTO feedback (entry_id, vote, platform, chat_type, user_hash, chat_hash, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`;
    const upsert = `${insert} ON CONFLICT (entry_id, user_hash) WHERE user_hash IS NOT NULL
       DO UPDATE SET vote = excluded.vote, chat_hash = excluded.chat_hash, at = excluded.at`;
    await this.pool.query(o.userHash === null ? insert : upsert, [v.entryId, v.vote, ...originColumns(o), v.at]);
  }

  async recordShare(s: ShareRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO shares (entry_id, platform, chat_type, user_hash, chat_hash, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [s.entryId, ...originColumns(hashOrigin(s.origin, this.hasher)), s.at],
    );
  }

  async listClaims({ limit, since }: { limit: number; since?: Date }): Promise<StoredClaim[]> {
    const { rows } = await this.pool.query(
      `SELECT kind, text, lang, outcome, platform, chat_type, at FROM claims
       WHERE at >= $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [since ?? new Date(0), limit],
    );
    return rows.map((r) => storedClaimRow.parse(r));
  }

  async feedbackTally({ limit }: { limit: number }): Promise<FeedbackTally[]> {
    const { rows } = await this.pool.query(
      `SELECT entry_id, count(*) FILTER (WHERE vote = 'up') AS up, count(*) FILTER (WHERE vote = 'down') AS down,
              max(at) AS last_at
       FROM feedback GROUP BY entry_id ORDER BY down DESC, up ASC, last_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => feedbackTallyRow.parse(r));
  }

  async shareTally({ limit }: { limit: number }): Promise<ShareTally[]> {
    const { rows } = await this.pool.query(
      `SELECT entry_id, count(*) AS shares, count(DISTINCT chat_hash) AS channels, max(at) AS last_at
       FROM shares GROUP BY entry_id ORDER BY shares DESC, last_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => shareTallyRow.parse(r));
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      `WITH a AS (DELETE FROM claims WHERE at < $1 RETURNING 1),
            b AS (DELETE FROM feedback WHERE at < $1 RETURNING 1),
            c AS (DELETE FROM shares WHERE at < $1 RETURNING 1)
       SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b) + (SELECT count(*) FROM c) AS n`,
      [cutoff],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
