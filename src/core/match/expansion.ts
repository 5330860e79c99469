import type { CorpusDoc } from './corpus.ts';

/**
 * Pseudo-relevance feedback (RM3-style) as a reranker feature, not a new retrieval: the terms
 * that the best BM25F candidates share but the query lacks say what the query is about ("the
 * migrants at the border" → "caravan"); a candidate that contains many of them is on topic even
 * when it shares few words with the query itself.
 */

export interface ExpansionOptions {
  /** Feedback documents: the best BM25F candidates. */
  docs: number;
  /** Expansion terms kept. */
  terms: number;
}

export const DEFAULT_EXPANSION: ExpansionOptions = { docs: 5, terms: 20 };

/** Expansion term → weight (sums to 1): idf × score-weighted share of feedback documents. */
export function expansionTerms(
  feedback: readonly { doc: CorpusDoc; score: number }[],
  query: ReadonlyMap<number, number>,
  idf: (t: number) => number,
  o: ExpansionOptions = DEFAULT_EXPANSION,
): Map<number, number> {
  const top = feedback.slice(0, o.docs);
  const total = top.reduce((s, f) => s + f.score, 0);
  if (total <= 0) return new Map();
  const weight = new Map<number, number>();
  for (const { doc, score } of top) {
    const seen = new Set<number>();
    for (const p of doc.passages) {
      if (p.field === 'quotes') continue;
      for (const t of p.distinct) {
        if (seen.has(t) || query.has(t)) continue;
        seen.add(t);
        weight.set(t, (weight.get(t) ?? 0) + (score / total) * idf(t));
      }
    }
  }
  // Terms of a single feedback document are that document's own words, not the topic's.
  const minShare = 1.5 / top.length;
  const kept = [...weight]
    .filter(([t, w]) => w >= minShare * idf(t) - 1e-12 || top.length === 1)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, o.terms);
  const sum = kept.reduce((s, [, w]) => s + w, 0);
  return new Map(kept.map(([t, w]) => [t, sum > 0 ? w / sum : 0]));
}

/** Share of the expansion weight that the document contains, in [0, 1]. */
export function expansionShare(doc: CorpusDoc, terms: ReadonlyMap<number, number>): number {
  if (terms.size === 0) return 0;
  const found = new Set<number>();
  let share = 0;
  for (const p of doc.passages) {
    if (p.field === 'quotes') continue;
    for (const t of p.distinct) {
      const w = terms.get(t);
      if (w === undefined || found.has(t)) continue;
      found.add(t);
      share += w;
    }
  }
  return Math.min(1, share);
}
