import type { CorpusDoc, Passage } from './corpus.ts';
import { containment, diceOf, trigrams } from './trigram.ts';

/**
 * Reranker features of one (query, candidate document) pair. Most are shares in [0, 1] so a
 * model trained on CheckThat (10k Snopes claims) still reads sensibly on a 22-entry KB.
 */
export const FEATURE_NAMES = [
  'bm25',
  'bm25Ratio',
  'logRank',
  'queryCover',
  'passageDice',
  'passageCover',
  'claimCover',
  'charContain',
  'charDice',
  'bigramShare',
  'numberMatch',
  'numberMiss',
  'rarestMatched',
  'logQueryTerms',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The query side of feature computation. */
export interface QueryTerms {
  /** Distinct term ids known to the index (including typo corrections). */
  known: readonly number[];
  /** Sum of idf over all distinct query terms, unknown ones at the maximum idf. */
  mass: number;
  /** Distinct term count (known + unknown). */
  count: number;
  /** Highest idf among the distinct query terms. */
  maxIdf: number;
  /** Adjacent term pairs of the query, as pairKey(a, b). */
  pairs: ReadonlySet<number>;
  /** Known term ids that are numbers ("2020", "19"). */
  numbers: ReadonlySet<number>;
  /** Character trigrams of the normalized query. */
  grams: ReadonlySet<string>;
}

export interface PassageMatch {
  passage: Passage | undefined;
  /** Dice overlap of idf mass between query and passage, in [0, 1]. */
  dice: number;
  /** Share of the passage's idf mass that the query contains, in [0, 1]. */
  passageCover: number;
}

export const pairKey = (a: number, b: number): number => a * 4_194_304 + b;

/** The passage (claim, phrasing, correction, quote) that overlaps the query best. */
export function bestPassage(
  q: QueryTerms,
  passages: readonly Passage[],
  idf: (t: number) => number,
  accept: (p: Passage) => boolean = () => true,
): PassageMatch {
  const inQuery = new Set(q.known);
  let best: PassageMatch = { passage: undefined, dice: 0, passageCover: 0 };
  for (const p of passages) {
    if (!accept(p)) continue;
    let matched = 0;
    let mass = 0;
    for (const t of new Set(p.terms)) {
      const w = idf(t);
      mass += w;
      if (inQuery.has(t)) matched += w;
    }
    const dice = q.mass + mass > 0 ? (2 * matched) / (q.mass + mass) : 0;
    if (dice > best.dice) best = { passage: p, dice, passageCover: mass > 0 ? matched / mass : 0 };
  }
  return best;
}

export interface CandidateContext {
  q: QueryTerms;
  idf: (t: number) => number;
  isNumber: (t: number) => boolean;
  bm25: number;
  topBm25: number;
  /** 0-based position in the BM25F pool. */
  rank: number;
}

const isSentence = (p: Passage): boolean => p.field !== 'quotes';

/** Letters and digits only: quote marks and punctuation say nothing about the claim. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function candidateFeatures(doc: CorpusDoc, c: CandidateContext): number[] {
  const { q, idf } = c;
  const docTerms = new Set<number>();
  const docPairs = new Set<number>();
  for (const p of doc.passages) {
    for (let i = 0; i < p.terms.length; i++) {
      const t = p.terms[i] ?? 0;
      docTerms.add(t);
      if (i > 0) docPairs.add(pairKey(p.terms[i - 1] ?? 0, t));
    }
  }
  let found = 0;
  let rarest = 0;
  for (const t of q.known) {
    if (!docTerms.has(t)) continue;
    const w = idf(t);
    found += w;
    rarest = Math.max(rarest, w);
  }
  let pairsFound = 0;
  for (const k of q.pairs) if (docPairs.has(k)) pairsFound++;
  let docNumbers = 0;
  let docNumbersInQuery = 0;
  for (const t of docTerms) {
    if (!c.isNumber(t)) continue;
    docNumbers++;
    if (q.numbers.has(t)) docNumbersInQuery++;
  }
  const best = bestPassage(q, doc.passages, idf);
  const claim = bestPassage(q, doc.passages, idf, (p) => p.field === 'claim');
  let charContain = 0;
  let charDice = 0;
  for (const p of doc.passages) {
    if (!isSentence(p)) continue;
    const g = trigrams(letters(p.text));
    charContain = Math.max(charContain, containment(g, q.grams));
    charDice = Math.max(charDice, diceOf(g, q.grams));
  }
  return [
    c.bm25,
    c.topBm25 > 0 ? c.bm25 / c.topBm25 : 0,
    Math.log1p(c.rank),
    q.mass > 0 ? Math.min(1, found / q.mass) : 0,
    best.dice,
    best.passageCover,
    claim.passageCover,
    charContain,
    charDice,
    q.pairs.size > 0 ? pairsFound / q.pairs.size : 0,
    q.numbers.size > 0 && docNumbersInQuery > 0 ? 1 : 0,
    docNumbers > 0 ? (docNumbers - docNumbersInQuery) / docNumbers : 0,
    q.maxIdf > 0 ? rarest / q.maxIdf : 0,
    Math.log1p(q.count),
  ];
}
