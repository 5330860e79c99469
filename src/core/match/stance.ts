import type { CorpusDoc, Passage } from './corpus.ts';
import { bestPassage, type QueryTerms } from './features.ts';
import type { Stance } from './types.ts';

/** A correction must beat the best rumor phrasing by this much Dice to be taken as the anchor. */
const CORRECTION_MARGIN = 0.05;
/** Below this overlap the anchor passage says too little about the query to judge stance. */
const MIN_DICE = 0.15;

const isRumor = (p: Passage): boolean => p.field === 'claim' || p.field === 'phrasings';
const isCorrection = (p: Passage): boolean => p.field === 'corrections';

/**
 * Step 7: does the query repeat the claim or state its correction? Anchor on the passage the
 * query resembles most (a rumor phrasing or a correction), then compare negation parity:
 * "ballots are NOT full of fraud" vs the phrasing "ballots are full of fraud" → contradicts;
 * the same words vs the correction "ballots are not full of fraud" → contradicts as well.
 */
export function detectStance(q: QueryTerms, queryNegations: number, doc: CorpusDoc, idf: (t: number) => number): Stance {
  const rumor = bestPassage(q, doc.passages, idf, isRumor);
  const correction = bestPassage(q, doc.passages, idf, isCorrection);
  const useCorrection = correction.passage !== undefined && correction.dice > rumor.dice + CORRECTION_MARGIN;
  const anchor = useCorrection ? correction : rumor;
  if (!anchor.passage || anchor.dice < MIN_DICE) return 'unclear';
  const samePolarity = queryNegations % 2 === anchor.passage.negations % 2;
  if (useCorrection) return samePolarity ? 'contradicts' : 'repeats';
  return samePolarity ? 'repeats' : 'contradicts';
}
