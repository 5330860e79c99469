/**
 * The matcher: normalize → tokenize → BM25F retrieval → rerank → calibrated confidence → stance.
 * `createMatcher` is what checker.ts and `claimcheck eval` use, so both measure the same code.
 */
import { buildMatcher } from './matcher.ts';
import type { MatcherFactory } from './types.ts';

export const createMatcher: MatcherFactory = (docs) => buildMatcher(docs);

export { MAX_CLAIM_CHARS } from './normalize.ts';
export type { Matcher, MatchDocument, RankResult, RankedHit, Stance } from './types.ts';
