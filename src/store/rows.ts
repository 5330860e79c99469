import { z } from 'zod';
import type { FeedbackTally, ShareTally, StoredClaim } from './ports.ts';

/** Rows read back from a database are outside data: parsed, not trusted. Numbers may arrive as
 * strings (PostgreSQL bigint) and times as epoch milliseconds (SQLite) or Date (PostgreSQL). */
const time = z.union([z.date(), z.coerce.number().transform((ms) => new Date(ms))]);
const count = z.coerce.number().int().nonnegative();

export const storedClaimRow = z
  .object({
    kind: z.enum(['unmatched', 'submission']),
    text: z.string(),
    lang: z.enum(['en', 'es', 'ja', 'other']),
    outcome: z.enum(['none', 'suggest']).nullable(),
    platform: z.enum(['console', 'telegram', 'discord']),
    chat_type: z.enum(['private', 'group', 'channel', 'inline', 'console']),
    at: time,
  })
  .transform(
    (r): StoredClaim => ({
      kind: r.kind,
      text: r.text,
      lang: r.lang,
      outcome: r.outcome,
      platform: r.platform,
      chatType: r.chat_type,
      at: r.at,
    }),
  );

export const feedbackTallyRow = z
  .object({ entry_id: z.string(), up: count, down: count, last_at: time })
  .transform((r): FeedbackTally => ({ entryId: r.entry_id, up: r.up, down: r.down, lastVoteAt: r.last_at }));

export const shareTallyRow = z
  .object({ entry_id: z.string(), shares: count, channels: count, last_at: time })
  .transform(
    (r): ShareTally => ({ entryId: r.entry_id, shares: r.shares, channels: r.channels, lastSharedAt: r.last_at }),
  );
