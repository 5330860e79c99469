import type { Entry, Locale } from './knowledge/schema.ts';
import type { Stance } from './match/types.ts';

export type NoneReason = 'no-candidate' | 'low-confidence' | 'too-short' | 'empty';

/** What checkClaim decided. Adapters render it; they never re-decide. */
export type CheckResult =
  | { outcome: 'match'; entry: Entry; confidence: number; stance: Stance; lang: Locale; truncated: boolean }
  | { outcome: 'suggest'; candidates: { entry: Entry; confidence: number }[]; lang: Locale; truncated: boolean }
  | { outcome: 'none'; reason: NoneReason; lang: Locale; truncated: boolean };
