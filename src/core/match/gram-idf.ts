import type { CorpusDoc } from './corpus.ts';

/**
 * IDF-weighted cosine over letter trigrams: like charDice, but a shared rare trigram ("zeu",
 * "fla") counts for more than a shared "the". It survives spelling, compounding and
 * inflection differences ("cornflakes" / "corn flakes", "shooting" / "shooter").
 * Weights live in a fixed table of hashed buckets (a rare collision merges two trigrams'
 * counts), so lookups are array reads and memory does not grow with the collection.
 */

const BITS = 18;
const bucket = (g: number): number => Math.imul(g, 0x9e3779b1) >>> (32 - BITS);

export interface GramIdf {
  /** Squared idf of a trigram hash. */
  weight(hash: number): number;
}

/** Trigram document frequencies over claim, phrasing and correction passages. */
export function buildGramIdf(docs: readonly CorpusDoc[]): GramIdf {
  const df = new Int32Array(1 << BITS);
  const lastDoc = new Int32Array(1 << BITS).fill(-1);
  docs.forEach((d, i) => {
    for (const p of d.passages)
      for (const g of p.grams) {
        const b = bucket(g);
        if (lastDoc[b] === i) continue;
        lastDoc[b] = i;
        df[b] = (df[b] ?? 0) + 1;
      }
  });
  const n = docs.length;
  const table = Float32Array.from(df, (f) => Math.log(1 + n / Math.max(0.5, f)) ** 2);
  return { weight: (g) => table[bucket(g)] ?? 0 };
}

/** Squared norm of a set of trigrams under the idf weights. */
export function gramNorm(grams: Iterable<number>, w: GramIdf): number {
  let s = 0;
  for (const g of grams) s += w.weight(g);
  return s;
}

/** Best cosine between the query's trigrams and one passage's (quotes excluded), in [0, 1]. */
export function gramCosine(doc: CorpusDoc, q: ReadonlySet<number>, qNorm: number, w: GramIdf): number {
  if (qNorm <= 0) return 0;
  let best = 0;
  for (const p of doc.passages) {
    if (p.grams.length === 0) continue;
    let dot = 0;
    let norm = 0;
    for (const g of p.grams) {
      const x = w.weight(g);
      norm += x;
      if (q.has(g)) dot += x;
    }
    if (norm > 0) best = Math.max(best, dot / Math.sqrt(norm * qNorm));
  }
  return best;
}
