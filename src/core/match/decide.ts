import rawModel from '../../../models/reranker.json' with { type: 'json' };
import { modelSchema } from './model.ts';
import type { RankResult } from './types.ts';

/**
 * Decision thresholds on calibrated confidence. The match threshold is chosen on CheckThat 2020
 * dev by `npm run train` (models/reranker.json) for high precision at the match tier: a wrong
 * confident answer is worse than "not sure".
 */
export interface Thresholds {
  /** Top hit at or above this confidence is answered as a match. */
  match: number;
  /** Hits at or above this confidence are offered as suggestions. */
  suggest: number;
  /** Queries with fewer meaningful tokens never auto-match. */
  minTokensForMatch: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = modelSchema.shape.thresholds.parse(rawModel.thresholds);

export type Decision =
  | { kind: 'match'; index: 0 }
  | { kind: 'suggest'; indices: number[] }
  | { kind: 'none'; reason: 'no-candidate' | 'low-confidence' | 'too-short' | 'empty' };

export function decide(result: RankResult, t: Thresholds = DEFAULT_THRESHOLDS): Decision {
  if (result.queryTokens === 0) return { kind: 'none', reason: 'empty' };
  const top = result.hits[0];
  if (!top) return { kind: 'none', reason: 'no-candidate' };
  if (top.confidence >= t.match && result.queryTokens >= t.minTokensForMatch) return { kind: 'match', index: 0 };
  const indices = result.hits
    .slice(0, 3)
    .map((h, i) => (h.confidence >= t.suggest ? i : -1))
    .filter((i) => i >= 0);
  if (indices.length > 0) return { kind: 'suggest', indices };
  return { kind: 'none', reason: result.queryTokens < t.minTokensForMatch ? 'too-short' : 'low-confidence' };
}
