import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { hashOrigin, type IdHasher } from '../privacy/id-hasher.ts';
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
import { migrateSqlite } from './migrations.ts';

export interface SqliteStoreOptions {
  file: string;
  hasher: IdHasher;
  log?: Logger;
  /** better-sqlite3 is synchronous: a long wait on a lock would stall every chat. Keep it short
   * and let the resilient wrapper retry later. */
  busyTimeoutMs?: number;
  /** Open without write access (fault tests; a read-only replica). */
  readonly?: boolean;
}

/**
 * The embedded default. WAL journal with synchronous=FULL: a write has reached the disk when its
 * promise resolves, so a killed process or a power cut loses nothing acknowledged.
 * secure_delete overwrites purged rows instead of leaving their text in free pages.
 */
export function openSqliteStore(options: SqliteStoreOptions): DurableStore {
  const db = new Database(options.file, { readonly: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 200 });
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = ON');
      migrateSqlite(db);
    }
    const stored = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'salt'").get();
    checkSaltFingerprint(stored?.value, options.hasher, options.log);
    if (stored === undefined && !options.readonly) {
      db.prepare("INSERT INTO meta (key, value) VALUES ('salt', ?)").run(options.hasher.fingerprint);
    }
    return new SqliteStore(db, options.hasher);
  } catch (err) {
    db.close();
    throw err;
  }
}

class SqliteStore implements DurableStore {
  private readonly insertClaim;
  private readonly upsertVote;
  private readonly insertVote;
  private readonly insertShare;

  constructor(
    private readonly db: Database.Database,
    private readonly hasher: IdHasher,
  ) {
    this.insertClaim = db.prepare(
      `INSERT INTO claims (kind, text, lang, outcome, platform, chat_type, user_hash, chat_hash, at)
       VALUES (@kind, @text, @lang, @outcome, @platform, @chatType, @userHash, @chatHash, @at)`,
    );
    const vote = `INSERT INTO feedback (entry_id, vote, platform, chat_type, user_hash, chat_hash, at)
       VALUES (@entryId, @vote, @platform, @chatType, @userHash, @chatHash, @at)`;
    this.upsertVote = db.prepare(
      `${vote} ON CONFLICT (entry_id, user_hash) WHERE user_hash IS NOT NULL
       DO UPDATE SET vote = excluded.vote, chat_hash = excluded.chat_hash, at = excluded.at`,
    );
    this.insertVote = db.prepare(vote);
    this.insertShare = db.prepare(
      `INSERT INTO shares (entry_id, platform, chat_type, user_hash, chat_hash, at)
       VALUES (@entryId, @platform, @chatType, @userHash, @chatHash, @at)`,
    );
  }

  async recordUnmatched(c: UnmatchedClaim): Promise<void> {
    const o = hashOrigin(c.origin, this.hasher);
    this.insertClaim.run({ kind: 'unmatched', text: storableText(c.text), lang: c.lang, outcome: c.outcome, ...o, at: +c.at });
  }

  async recordSubmission(s: CuratorSubmission): Promise<void> {
    const o = hashOrigin(s.origin, this.hasher);
    this.insertClaim.run({ kind: 'submission', text: storableText(s.text), lang: s.lang, outcome: null, ...o, at: +s.at });
  }

  async recordFeedback(v: FeedbackVote): Promise<void> {
    const o = hashOrigin(v.origin, this.hasher);
    const row = { entryId: v.entryId, vote: v.vote, ...o, at: +v.at };
    (o.userHash === null ? this.insertVote : this.upsertVote).run(row);
  }

  async recordShare(s: ShareRecord): Promise<void> {
    this.insertShare.run({ entryId: s.entryId, ...hashOrigin(s.origin, this.hasher), at: +s.at });
  }

  async listClaims({ limit, since }: { limit: number; since?: Date }): Promise<StoredClaim[]> {
    const rows = this.db
      .prepare(
        `SELECT kind, text, lang, outcome, platform, chat_type, at FROM claims
         WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?`,
      )
      .all(since ? +since : 0, limit);
    return rows.map((r) => storedClaimRow.parse(r));
  }

  async feedbackTally({ limit }: { limit: number }): Promise<FeedbackTally[]> {
    const rows = this.db
      .prepare(
        `SELECT entry_id, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down, MAX(at) AS last_at
         FROM feedback GROUP BY entry_id ORDER BY down DESC, up ASC, last_at DESC LIMIT ?`,
      )
      .all(limit);
    return rows.map((r) => feedbackTallyRow.parse(r));
  }

  async shareTally({ limit }: { limit: number }): Promise<ShareTally[]> {
    const rows = this.db
      .prepare(
        `SELECT entry_id, COUNT(*) AS shares, COUNT(DISTINCT chat_hash) AS channels, MAX(at) AS last_at
         FROM shares GROUP BY entry_id ORDER BY shares DESC, last_at DESC LIMIT ?`,
      )
      .all(limit);
    return rows.map((r) => shareTallyRow.parse(r));
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    const removed = this.db.transaction(() =>
      ['claims', 'feedback', 'shares'].reduce(
        (sum, table) => sum + this.db.prepare(`DELETE FROM ${table} WHERE at < ?`).run(+cutoff).changes,
        0,
      ),
    )();
    // Purged text must not linger in the write-ahead log either.
    if (removed > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return removed;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
