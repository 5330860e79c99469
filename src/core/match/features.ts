import type { CorpusDoc, Passage } from './corpus.ts';
import { gramCosine, gramOverlap, type GramIdf } from './gram-idf.ts';

/**
 * Reranker features of one (query, candidate document) pair. Most are shares in [0, 1] so a
 * model trained on CheckThat (10k Snopes claims) still reads sensibly on a 22-entry KB.
 */
// Raw BM25F scores are deliberately absent: they grow with query length and shrink with
// collection size, so a model trained on 10k Snopes claims would misread them on a small KB.
export const FEATURE_NAMES = [
  'bm25Ratio',
  'logRank',
  'queryCover',
  'passageDice',
  'passageCover',
  'passageQueryShare',
  'claimCover',
  'charContain',
  'charDice',
  'bigramShare',
  'passageBigramCover',
  'claimMissingRare',
  'numberMatch',
  'numberMiss',
  'rarestMatched',
  'attributionShare',
  'gramCosine',
  'expansionShare',
  'phrasingDice',
  'entityCover',
  'mediaBoth',
  'mediaDocOnly',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The query side of feature computation. */
export interface QueryTerms {
  /** Distinct term ids known to the index (including typo corrections). */
  known: readonly number[];
  /** idf of each known query term. */
  idfOf: ReadonlyMap<number, number>;
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
  /** Hashed letter trigrams of the normalized query. */
  grams: ReadonlySet<number>;
  /** Terms that occur only in a pasted tweet's "— Name (@handle) date" line, not its text. */
  attributionOnly: ReadonlySet<number>;
  /** Known terms of the names in the query's text (entities.ts). */
  entities: ReadonlySet<number>;
  /** The text carries a picture or video link. */
  media: boolean;
}

export interface PassageMatch {
  passage: Passage | undefined;
  /** Dice overlap of idf mass between query and passage, in [0, 1]. */
  dice: number;
  /** Share of the passage's idf mass that the query contains, in [0, 1]. */
  passageCover: number;
  /** Share of the query's idf mass found in this one passage, in [0, 1]. */
  queryShare: number;
}

export const pairKey = (a: number, b: number): number => a * 4_194_304 + b;

/** The passage (claim, phrasing, correction, quote) that overlaps the query best. */
export function bestPassage(
  q: QueryTerms,
  passages: readonly Passage[],
  idf: (t: number) => number,
  accept: (p: Passage) => boolean = () => true,
): PassageMatch {
  let best: PassageMatch = { passage: undefined, dice: 0, passageCover: 0, queryShare: 0 };
  for (const p of passages) {
    if (!accept(p)) continue;
    let matched = 0;
    let mass = 0;
    for (const t of p.distinct) {
      const w = idf(t);
      mass += w;
      if (q.idfOf.has(t)) matched += w;
    }
    const dice = q.mass + mass > 0 ? (2 * matched) / (q.mass + mass) : 0;
    if (dice > best.dice) {
      best = { passage: p, dice, passageCover: mass > 0 ? matched / mass : 0, queryShare: q.mass > 0 ? matched / q.mass : 0 };
    }
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
  /** The query's trigrams, sorted, with their idf weights and squared norm (gram-idf.ts). */
  gramList: Int32Array;
  gramIdf: GramIdf;
  gramNorm: number;
  /** Term ids of the words for a picture or video. */
  mediaTerms: ReadonlySet<number>;
  /** Share of the feedback terms the document holds (expansion.ts). */
  expansionShare: number;
}

/**
 * The rarest passage term the query lacks, relative to the passage's rarest term: a claim that
 * names "Noah Biorkman" is unlikely to be what a tweet about "Maddox" means, however much else
 * they share.
 */
function missingRare(p: Passage, q: QueryTerms, idf: (t: number) => number): number {
  let missing = 0;
  let rarest = 0;
  for (const t of p.distinct) {
    const w = idf(t);
    rarest = Math.max(rarest, w);
    if (!q.idfOf.has(t)) missing = Math.max(missing, w);
  }
  return rarest > 0 ? missing / rarest : 0;
}

export function candidateFeatures(doc: CorpusDoc, c: CandidateContext): number[] {
  const { q, idf } = c;
  const foundTerms = new Set<number>();
  const foundPairs = new Set<number>();
  const docNumbers = new Set<number>();
  let charContain = 0;
  let charDice = 0;
  let bestGramCosine = 0;
  let passageBigramCover = 0;
  let claimMissingRare = 0;
  for (const p of doc.passages) {
    let sharesTerm = false;
    for (const t of p.distinct) {
      if (!q.idfOf.has(t)) continue;
      foundTerms.add(t);
      sharesTerm = true;
    }
    if (p.field === 'claim') {
      claimMissingRare = Math.max(claimMissingRare, missingRare(p, q, idf));
      for (const t of p.distinct) if (c.isNumber(t)) docNumbers.add(t);
    }
    // A passage without a single query term adds no pair and, in practice, no character
    // overlap worth the cost: a KB entry has dozens of passages.
    if (!sharesTerm) continue;
    if (q.pairs.size > 0 && p.terms.length > 1) {
      let pairsHere = 0;
      let prev = p.terms[0] ?? -1;
      for (let i = 1; i < p.terms.length; i++) {
        const t = p.terms[i] ?? -1;
        if (q.idfOf.has(t) && q.idfOf.has(prev)) {
          const k = pairKey(prev, t);
          if (q.pairs.has(k)) {
            foundPairs.add(k);
            pairsHere++;
          }
        }
        prev = t;
      }
      if (p.field !== 'quotes') passageBigramCover = Math.max(passageBigramCover, pairsHere / (p.terms.length - 1));
    }
    if (p.grams.length > 0) {
      const overlap = gramOverlap(p.grams, c.gramList, c.gramIdf);
      const shared = overlap.shared;
      bestGramCosine = Math.max(bestGramCosine, gramCosine(overlap, c.gramNorm));
      charContain = Math.max(charContain, shared / p.grams.length);
      charDice = Math.max(charDice, (2 * shared) / (p.grams.length + q.grams.size));
    }
  }
  let found = 0;
  let rarest = 0;
  let fromAttribution = 0;
  let entitiesFound = 0;
  let entityMass = 0;
  for (const t of q.entities) entityMass += q.idfOf.get(t) ?? idf(t);
  for (const t of foundTerms) {
    if (q.entities.has(t)) entitiesFound += q.idfOf.get(t) ?? 0;
    const w = q.idfOf.get(t) ?? 0;
    found += w;
    rarest = Math.max(rarest, w);
    if (q.attributionOnly.has(t)) fromAttribution += w;
  }
  let docNumbersInQuery = 0;
  for (const t of docNumbers) if (q.numbers.has(t)) docNumbersInQuery++;
  const docMedia = doc.passages.some((p) => p.field === 'claim' && p.distinct.some((t) => c.mediaTerms.has(t)));
  const best = bestPassage(q, doc.passages, idf);
  const claim = bestPassage(q, doc.passages, idf, (p) => p.field === 'claim');
  return [
    c.topBm25 > 0 ? c.bm25 / c.topBm25 : 0,
    Math.log1p(c.rank),
    q.mass > 0 ? Math.min(1, found / q.mass) : 0,
    best.dice,
    best.passageCover,
    best.queryShare,
    claim.passageCover,
    charContain,
    charDice,
    q.pairs.size > 0 ? foundPairs.size / q.pairs.size : 0,
    passageBigramCover,
    claimMissingRare,
    q.numbers.size > 0 && docNumbersInQuery > 0 ? 1 : 0,
    docNumbers.size > 0 ? (docNumbers.size - docNumbersInQuery) / docNumbers.size : 0,
    q.maxIdf > 0 ? rarest / q.maxIdf : 0,
    found > 0 ? fromAttribution / found : 0,
    bestGramCosine,
    c.expansionShare,
    bestPassage(q, doc.passages, idf, (p) => p.field === 'phrasings').dice,
    entityMass > 0 ? entitiesFound / entityMass : 0,
    q.media && docMedia ? 1 : 0,
    !q.media && docMedia ? 1 : 0,
  ];
}
