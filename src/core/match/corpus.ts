import { analyze } from './analyze.ts';
import { FIELD_NAMES, type FieldName, type FieldTerms } from './bm25f.ts';
import { trigramHashes } from './trigram.ts';
import type { MatchDocument } from './types.ts';

/** One sentence of a document (the claim, one phrasing, one correction, one quote). */
export interface Passage {
  field: FieldName;
  /** Term ids of the passage, in order (with repeats). */
  terms: Int32Array;
  /** Distinct term ids. */
  distinct: Int32Array;
  /** Hashed letter trigrams, for character-level features. */
  grams: Int32Array;
  negations: number;
}

export interface CorpusDoc {
  id: string;
  passages: Passage[];
}

/** A document's term ids per field: the concatenation of its passages (what BM25F indexes). */
export function fieldTerms(doc: CorpusDoc): FieldTerms {
  const fields = { claim: [], phrasings: [], corrections: [], quotes: [] } as Record<FieldName, number[]>;
  for (const p of doc.passages) for (const t of p.terms) fields[p.field].push(t);
  return fields;
}

/** Vocabulary (term ↔ id) plus analyzed documents: the input to every index structure. */
export interface Corpus {
  docs: CorpusDoc[];
  /**
   * Index of the first document with the same claim terms (after normalization), or the
   * document's own index. Later copies are shadowed by the first at query time, so two
   * identical entries do not split the confidence between them.
   */
  canonical: Int32Array;
  vocab: ReadonlyMap<string, number>;
  terms: readonly string[];
}

function fieldTexts(doc: MatchDocument): Record<FieldName, readonly string[]> {
  return { claim: [doc.claim], phrasings: doc.phrasings, corrections: doc.corrections, quotes: doc.quotes };
}

export function buildCorpus(documents: readonly MatchDocument[]): Corpus {
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (term: string): number => {
    let id = vocab.get(term);
    if (id === undefined) {
      id = terms.length;
      vocab.set(term, id);
      terms.push(term);
    }
    return id;
  };

  const docs = documents.map((doc): CorpusDoc => {
    const passages: Passage[] = [];
    const texts = fieldTexts(doc);
    for (const field of FIELD_NAMES) {
      for (const text of texts[field]) {
        const a = analyze(text);
        if (a.terms.length === 0) continue;
        const ids = a.terms.map(idOf);
        passages.push({
          field,
          terms: Int32Array.from(ids),
          distinct: Int32Array.from(new Set(ids)),
          grams: field === 'quotes' ? new Int32Array(0) : trigramHashes(a.normalized),
          negations: a.negations,
        });
      }
    }
    return { id: doc.id, passages };
  });
  const firstWith = new Map<number, number[]>();
  const claimTerms = (d: CorpusDoc): Int32Array[] => d.passages.filter((p) => p.field === 'claim').map((p) => p.terms);
  const sameClaim = (a: CorpusDoc, b: CorpusDoc): boolean => {
    const x = claimTerms(a);
    const y = claimTerms(b);
    return x.length === y.length && x.every((t, i) => t.length === y[i]?.length && t.every((v, j) => v === y[i]?.[j]));
  };
  const canonical = Int32Array.from(docs, (d, i) => {
    const parts = claimTerms(d);
    if (parts.every((p) => p.length === 0)) return i;
    let h = 2166136261;
    for (const p of parts) for (const t of p) h = Math.imul(h ^ t, 16777619);
    const bucket = firstWith.get(h);
    const first = bucket?.find((j) => sameClaim(docs[j] as CorpusDoc, d));
    if (first !== undefined) return first;
    if (bucket) bucket.push(i);
    else firstWith.set(h, [i]);
    return i;
  });
  return { docs, vocab, terms, canonical };
}
