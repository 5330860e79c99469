import type { Locale } from '../core/knowledge/schema.ts';

/** Where a check came from. Ids are raw here; a store hashes them before writing. */
export interface Origin {
  platform: 'console' | 'telegram' | 'discord';
  chatType: 'private' | 'group' | 'channel' | 'inline' | 'console';
  userId?: string;
  chatId?: string;
}

export interface UnmatchedClaim {
  text: string;
  lang: Locale | 'other';
  outcome: 'none' | 'suggest';
  origin: Origin;
  at: Date;
}

export interface FeedbackVote {
  entryId: string;
  vote: 'up' | 'down';
  origin: Origin;
  at: Date;
}

export interface ShareRecord {
  entryId: string;
  origin: Origin;
  at: Date;
}

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
