import type { CorpusDoc, Passage } from './corpus.ts';
import { bestPassage, type QueryTerms } from './features.ts';
import type { Stance } from './types.ts';

/** A correction must beat the best rumor phrasing by this much Dice to be taken as the anchor. */
const CORRECTION_MARGIN = 0.05;
/** Below this overlap the anchor passage says too little about the query to judge stance. */
const MIN_DICE = 0.15;

const isRumor = (p: Passage): boolean => p.field === 'claim' || p.field === 'phrasings';
const isCorrection = (p: Passage): boolean => p.field === 'corrections';

/** What the stance step needs to know about the query's negations. */
export interface QueryNegation {
  /** Denial predicates ("… is a myth"): they negate whatever claim the text is about. */
  denials: number;
  /** Term ids each negation cue applies to. */
  negationScopes: readonly (readonly number[])[];
}

/**
 * Step 7: does the query repeat the claim or state its correction? Anchor on the passage the
 * query resembles most (a rumor phrasing or a correction), then compare polarity: the query is
 * negated when it calls something a myth or when a negation cue applies to a word of the anchor
 * ("ballots are NOT full of fraud", but not "not surprised, ballots are full of fraud").
 * Negated query vs the phrasing "ballots are full of fraud" → contradicts; the same query vs
 * the correction "ballots are not full of fraud" (also negated) → contradicts as well.
 */
export function detectStance(q: QueryTerms, neg: QueryNegation, doc: CorpusDoc, idf: (t: number) => number): Stance {
  const rumor = bestPassage(q, doc.passages, idf, isRumor);
  const correction = bestPassage(q, doc.passages, idf, isCorrection);
  const useCorrection = correction.passage !== undefined && correction.dice > rumor.dice + CORRECTION_MARGIN;
  const anchor = useCorrection ? correction : rumor;
  if (!anchor.passage || anchor.dice < MIN_DICE) return 'unclear';
  const anchorTerms = new Set(anchor.passage.distinct);
  const queryNegated = neg.denials > 0 || neg.negationScopes.some((scope) => scope.some((t) => anchorTerms.has(t)));
  const samePolarity = queryNegated === anchor.passage.negations > 0;
  if (useCorrection) return samePolarity ? 'contradicts' : 'repeats';
  return samePolarity ? 'repeats' : 'contradicts';
}
