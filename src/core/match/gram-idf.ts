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

export interface GramOverlap {
  /** Trigrams the passage shares with the query. */
  shared: number;
  /** Summed squared idf of the shared trigrams. */
  dot: number;
  /** Squared norm of the passage's trigrams. */
  norm: number;
}

/** One merge pass over two sorted, distinct trigram lists (passage and query). */
export function gramOverlap(passage: Int32Array, query: Int32Array, w: GramIdf): GramOverlap {
  let shared = 0;
  let dot = 0;
  let norm = 0;
  let j = 0;
  for (let i = 0; i < passage.length; i++) {
    const g = passage[i] ?? 0;
    const x = w.weight(g);
    norm += x;
    while (j < query.length && (query[j] ?? 0) < g) j++;
    if (j < query.length && query[j] === g) {
      shared++;
      dot += x;
    }
  }
  return { shared, dot, norm };
}

/** Cosine of an overlap given the query's squared norm, in [0, 1]. */
export const gramCosine = (o: GramOverlap, queryNorm: number): number => (o.norm > 0 && queryNorm > 0 ? o.dot / Math.sqrt(o.norm * queryNorm) : 0);
