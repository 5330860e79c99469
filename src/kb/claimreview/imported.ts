import type { RatingInput } from './rating.ts';

/** A text with the language it is written in, when the source says. */
export interface LangText {
  lang?: string | undefined;
  text: string;
}

/** An official statement carried as a citation (our own export writes these). */
export interface ImportedCitation {
  url: string;
  text?: string | undefined;
  speaker?: string | undefined;
  role?: string | undefined;
  org?: string | undefined;
  date?: string | undefined;
}

/** A fact-checker's review page: what we can cite when no official statement came along. */
export interface ImportedSource {
  publisher?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
  /** Verbatim text of the reviewer (review body, title, or rating label), never composed. */
  quote?: LangText | undefined;
}

/** One ClaimReview (or one Fact Check API claim), normalised from any input shape. */
export interface ImportedReview {
  /** Where it was in the input, for messages: "item 2", "claims[0]". */
  where: string;
  identifier?: string | undefined;
  reviewUrl?: string | undefined;
  claim: string;
  lang?: string | undefined;
  rating: RatingInput;
  summaries: LangText[];
  datePublished?: string | undefined;
  citations: ImportedCitation[];
  sources: ImportedSource[];
  keywords: string[];
  /** Who made the claim and where it appeared: context for the curator, not evidence. */
  claimContext: string[];
}
