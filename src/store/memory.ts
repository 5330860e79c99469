import type { ClaimStore, CuratorSubmission, FeedbackVote, ShareRecord, UnmatchedClaim } from './ports.ts';

/** Keeps everything in arrays: the default in tests and until a persistent store is configured. */
export class MemoryStore implements ClaimStore {
  readonly unmatched: UnmatchedClaim[] = [];
  readonly feedback: FeedbackVote[] = [];
  readonly shares: ShareRecord[] = [];
  readonly submissions: CuratorSubmission[] = [];

  async recordUnmatched(claim: UnmatchedClaim): Promise<void> {
    this.unmatched.push(claim);
  }
  async recordFeedback(vote: FeedbackVote): Promise<void> {
    this.feedback.push(vote);
  }
  async recordShare(share: ShareRecord): Promise<void> {
    this.shares.push(share);
  }
  async recordSubmission(submission: CuratorSubmission): Promise<void> {
    this.submissions.push(submission);
  }
  async close(): Promise<void> {}
}
