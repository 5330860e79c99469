import type { Locale } from '../core/knowledge/schema.ts';

/** Where a check came from. Ids are raw here; a store hashes them before writing. */
export interface Origin {
  platform: 'console' | 'telegram' | 'discord';
  chatType: 'private' | 'group' | 'channel' | 'inline' | 'console';
  userId?: string;
  chatId?: string;
}

/**
 * A claim the bot could not answer with confidence. Record only text that someone explicitly sent
 * to the bot (a private message, `/check`, a mention, a context-menu command): never a group
 * message the bot merely saw.
 */
export interface UnmatchedClaim {
  text: string;
  lang: Locale | 'other';
  outcome: 'none' | 'suggest';
  origin: Origin;
  at: Date;
}

/** A 👍/👎 on an answer. One vote per user and entry: a later vote replaces the earlier one. */
export interface FeedbackVote {
  entryId: string;
  vote: 'up' | 'down';
  origin: Origin;
  at: Date;
}

/** A verdict shared into a channel; `origin.chatId` is the channel, `origin.userId` who shared. */
export interface ShareRecord {
  entryId: string;
  origin: Origin;
  at: Date;
}

/** A claim a user pushed to curators with the "Send to curators" button. */
export interface CuratorSubmission {
  text: string;
  lang: Locale | 'other';
  origin: Origin;
  at: Date;
}

/**
 * The durable state port. Implementations: in-memory (tests, until persistence lands), SQLite,
 * PostgreSQL. Writes resolve once the record is durable.
 */
export interface ClaimStore {
  recordUnmatched(claim: UnmatchedClaim): Promise<void>;
  recordFeedback(vote: FeedbackVote): Promise<void>;
  recordShare(share: ShareRecord): Promise<void>;
  recordSubmission(submission: CuratorSubmission): Promise<void>;
  close(): Promise<void>;
}

/** A claim as stored: no user or chat id, not even hashed, leaves the store through this view. */
export interface StoredClaim {
  kind: 'unmatched' | 'submission';
  text: string;
  lang: Locale | 'other';
  /** Null for submissions. */
  outcome: 'none' | 'suggest' | null;
  platform: Origin['platform'];
  chatType: Origin['chatType'];
  at: Date;
}

export interface FeedbackTally {
  entryId: string;
  up: number;
  down: number;
  lastVoteAt: Date;
}

export interface ShareTally {
  entryId: string;
  shares: number;
  /** Distinct channels the entry was shared into. */
  channels: number;
  lastSharedAt: Date;
}

/** What the curator's review reads. */
export interface ReviewSource {
  /** Unmatched claims and submissions, newest first. */
  listClaims(options: { limit: number; since?: Date }): Promise<StoredClaim[]>;
  /** Per entry, most 👎 first (then fewest 👍, then most recent). */
  feedbackTally(options: { limit: number }): Promise<FeedbackTally[]>;
  /** Per entry, most shared first. */
  shareTally(options: { limit: number }): Promise<ShareTally[]>;
}

/** Deletes records older than the retention window. */
export interface Purgeable {
  /** Removes every record dated before `cutoff`; resolves to how many were removed. */
  purgeBefore(cutoff: Date): Promise<number>;
}

/** A persistent back end (SQLite, PostgreSQL): writes, review reads and retention. */
export interface DurableStore extends ClaimStore, ReviewSource, Purgeable {}
