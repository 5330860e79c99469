import type { CorpusDoc, Passage } from './corpus.ts';

/** The query side of feature computation: distinct known term ids and idf mass. */
export interface QueryTerms {
  /** Distinct term ids known to the index. */
  known: readonly number[];
  /** Sum of idf over all distinct query terms, unknown ones at the maximum idf. */
  mass: number;
  /** Distinct term count (known + unknown). */
  count: number;
}

export interface PassageMatch {
  passage: Passage | undefined;
  /** Dice overlap of idf mass between query and passage, in [0, 1]. */
  dice: number;
  /** Share of the passage's idf mass that the query contains, in [0, 1]. */
  passageCover: number;
}

/** Share of the query's idf mass found anywhere in the document, in [0, 1]. */
export function queryCover(q: QueryTerms, doc: CorpusDoc, idf: (t: number) => number, docTerms: ReadonlySet<number>): number {
  if (q.mass <= 0) return 0;
  let found = 0;
  for (const t of q.known) if (docTerms.has(t)) found += idf(t);
  return Math.min(1, found / q.mass);
}

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
    for (const t of p.terms) {
      const w = idf(t);
      mass += w;
      if (inQuery.has(t)) matched += w;
    }
    const dice = q.mass + mass > 0 ? (2 * matched) / (q.mass + mass) : 0;
    if (dice > best.dice) best = { passage: p, dice, passageCover: mass > 0 ? matched / mass : 0 };
  }
  return best;
}

export function docTermSet(doc: CorpusDoc): Set<number> {
  const s = new Set<number>();
  for (const p of doc.passages) for (const t of p.terms) s.add(t);
  return s;
}
