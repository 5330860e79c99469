/**
 * Step 3: BM25F retrieval over an inverted index held in flat typed arrays (CSR layout).
 * Per-field term frequencies are length-normalized and weighted at build time, then turned
 * into one precomputed impact per (term, document), so a query only walks the posting lists
 * of its own terms: no per-query scan of all documents.
 */

export const FIELD_NAMES = ['claim', 'phrasings', 'corrections', 'quotes'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldParams {
  weight: number;
  /** Length normalization strength (0 = none, 1 = full). */
  b: number;
}

export interface Bm25fParams {
  k1: number;
  fields: Record<FieldName, FieldParams>;
}

/** Phrasings are many short variants, so their combined length is only lightly normalized. */
export const DEFAULT_BM25F: Bm25fParams = {
  k1: 1.2,
  fields: {
    claim: { weight: 1.0, b: 0.75 },
    phrasings: { weight: 1.0, b: 0.3 },
    corrections: { weight: 0.6, b: 0.3 },
    quotes: { weight: 0.25, b: 0.75 },
  },
};

/** One document's term ids per field (each field the concatenation of its passages). */
export type FieldTerms = Record<FieldName, readonly number[]>;

export interface ScoredDoc {
  doc: number;
  score: number;
}

export interface Bm25fIndex {
  readonly docCount: number;
  idf(term: number): number;
  /**
   * BM25F scores of the best `limit` documents for distinct query term ids, each term's
   * contribution scaled by `weights[i]` (default 1; fuzzy corrections count less).
   */
  search(terms: readonly number[], limit: number, skip?: (doc: number) => boolean, weights?: readonly number[]): ScoredDoc[];
}

export function bm25Idf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

export function buildBm25f(
  docs: number | readonly FieldTerms[],
  fieldsOfOrVocab: ((doc: number) => FieldTerms) | number,
  vocabOrParams?: number | Bm25fParams,
  maybeParams?: Bm25fParams,
): Bm25fIndex {
  // Two call shapes: (docs[], vocabSize, params?) for tests and small inputs, and
  // (count, fieldsOf, vocabSize, params?) so a large corpus never holds every field list at once.
  const n = typeof docs === 'number' ? docs : docs.length;
  const fieldsOf = typeof fieldsOfOrVocab === 'function' ? fieldsOfOrVocab : (i: number) => (docs as readonly FieldTerms[])[i] as FieldTerms;
  const vocabSize = typeof fieldsOfOrVocab === 'number' ? fieldsOfOrVocab : (vocabOrParams as number);
  const params = (typeof fieldsOfOrVocab === 'number' ? (vocabOrParams as Bm25fParams | undefined) : maybeParams) ?? DEFAULT_BM25F;

  const avgLen = { claim: 0, phrasings: 0, corrections: 0, quotes: 0 } as Record<FieldName, number>;
  for (let i = 0; i < n; i++) {
    const d = fieldsOf(i);
    for (const f of FIELD_NAMES) avgLen[f] += d[f].length;
  }
  for (const f of FIELD_NAMES) avgLen[f] = avgLen[f] / Math.max(1, n) || 1;

  /** Weighted, length-normalized term frequencies of one document (into a reused map). */
  const tf = new Map<number, number>();
  const frequencies = (i: number): Map<number, number> => {
    tf.clear();
    const d = fieldsOf(i);
    for (const f of FIELD_NAMES) {
      const { weight, b } = params.fields[f];
      const terms = d[f];
      if (terms.length === 0 || weight === 0) continue;
      const norm = weight / (1 - b + (b * terms.length) / avgLen[f]);
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + norm);
    }
    return tf;
  };

  // Pass 1: document frequencies. Pass 2: CSR posting lists with precomputed impacts.
  const df = new Int32Array(vocabSize);
  for (let i = 0; i < n; i++) for (const t of frequencies(i).keys()) df[t] = (df[t] ?? 0) + 1;
  const offsets = new Int32Array(vocabSize + 1);
  for (let t = 0; t < vocabSize; t++) offsets[t + 1] = (offsets[t] ?? 0) + (df[t] ?? 0);
  const total = offsets[vocabSize] ?? 0;
  const postDoc = new Int32Array(total);
  const postImpact = new Float32Array(total);
  const fill = offsets.slice(0, vocabSize);
  const idfs = new Float32Array(vocabSize);
  for (let t = 0; t < vocabSize; t++) idfs[t] = bm25Idf(n, df[t] ?? 0);
  const k1 = params.k1;
  for (let doc = 0; doc < n; doc++) {
    for (const [t, w] of frequencies(doc)) {
      const at = fill[t] ?? 0;
      postDoc[at] = doc;
      postImpact[at] = ((idfs[t] ?? 0) * (w * (k1 + 1))) / (w + k1);
      fill[t] = at + 1;
    }
  }

  const scores = new Float64Array(n);
  return {
    docCount: n,
    idf: (t) => (t >= 0 && t < vocabSize ? (idfs[t] ?? 0) : bm25Idf(n, 0)),
    search(terms, limit, skip, weights) {
      const touched: number[] = [];
      terms.forEach((t, k) => {
        if (t < 0 || t >= vocabSize) return;
        const w = weights?.[k] ?? 1;
        const end = offsets[t + 1] ?? 0;
        for (let i = offsets[t] ?? 0; i < end; i++) {
          const doc = postDoc[i] ?? 0;
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = (scores[doc] ?? 0) + w * (postImpact[i] ?? 0);
        }
      });
      const top = topK(touched, scores, limit, skip);
      for (const doc of touched) scores[doc] = 0;
      return top;
    },
  };
}

/** Best `k` touched documents by score, via a small min-heap (O(touched · log k)). */
function topK(touched: readonly number[], scores: Float64Array, k: number, skip?: (doc: number) => boolean): ScoredDoc[] {
  const heap: ScoredDoc[] = [];
  const less = (a: ScoredDoc, b: ScoredDoc): boolean => a.score < b.score || (a.score === b.score && a.doc > b.doc);
  for (const doc of touched) {
    if (skip?.(doc)) continue;
    const item = { doc, score: scores[doc] ?? 0 };
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap, heap.length - 1, less);
    } else if (k > 0 && heap[0] && less(heap[0], item)) {
      heap[0] = item;
      siftDown(heap, 0, less);
    }
  }
  return heap.sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
}

function siftUp(h: ScoredDoc[], i: number, less: (a: ScoredDoc, b: ScoredDoc) => boolean): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    const hi = h[i] as ScoredDoc;
    const hp = h[p] as ScoredDoc;
    if (!less(hi, hp)) break;
    h[i] = hp;
    h[p] = hi;
    i = p;
  }
}

function siftDown(h: ScoredDoc[], i: number, less: (a: ScoredDoc, b: ScoredDoc) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && less(h[l] as ScoredDoc, h[m] as ScoredDoc)) m = l;
    if (r < h.length && less(h[r] as ScoredDoc, h[m] as ScoredDoc)) m = r;
    if (m === i) return;
    const tmp = h[i] as ScoredDoc;
    h[i] = h[m] as ScoredDoc;
    h[m] = tmp;
    i = m;
  }
}
