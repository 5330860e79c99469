import type { Locale } from '../knowledge/schema.ts';

/** Whether the user's text repeats the claim or states its correction. */
export type Stance = 'repeats' | 'contradicts' | 'unclear';

/**
 * A document the matcher indexes. Knowledge-base entries and CheckThat vclaims both become
 * MatchDocuments, so `claimcheck eval` measures the same code that serves users.
 */
export interface MatchDocument {
  id: string;
  /** The claim sentence (KB `claim`, CheckThat `vclaim`). */
  claim: string;
  /** Other ways of stating the claim (KB phrasings in every locale, CheckThat title). */
  phrasings: readonly string[];
  /** Accurate restatements, used for stance (KB corrections). */
  corrections: readonly string[];
  /** Official quotes and summaries: lower-weight context. */
  quotes: readonly string[];
}

export interface RankedHit {
  id: string;
  /** Raw retrieval/rerank score: comparable only within one query. */
  score: number;
  /** Calibrated probability in [0, 1] that this document is the right answer. */
  confidence: number;
  stance: Stance;
}

export interface RankResult {
  /** Detected (or forced) language of the query. */
  lang: Locale | 'other';
  /** Best first; at most `limit`. */
  hits: RankedHit[];
  /** Number of meaningful query tokens after normalization (0 = nothing to match on). */
  queryTokens: number;
  /** True when the input was cut at MAX_CLAIM_CHARS. */
  truncated: boolean;
}

export interface RankOptions {
  limit?: number;
  lang?: Locale;
  /**
   * Document ids to leave out of the collection for this query, as if they were not indexed
   * (evaluation: "what if the right answer were missing from the KB?").
   */
  exclude?: ReadonlySet<string>;
}

export interface Matcher {
  rank(text: string, options?: RankOptions): RankResult;
}

export type MatcherFactory = (docs: readonly MatchDocument[]) => Matcher;
