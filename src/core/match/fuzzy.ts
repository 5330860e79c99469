import { trigrams } from './trigram.ts';

/**
 * Step 4: typo tolerance at the term level. A query term the index has never seen is mapped
 * to the closest vocabulary term by character trigrams, if one is close enough; the caller
 * gives it a reduced weight. Only the trigram lists of the unknown term are walked, so the
 * cost does not grow with the number of documents.
 */

export interface FuzzyParams {
  /** Shortest term worth correcting: short words have too many near neighbours. */
  minLength: number;
  /** Minimum trigram Dice between the typo and the vocabulary term. */
  minSimilarity: number;
}

export const DEFAULT_FUZZY: FuzzyParams = { minLength: 5, minSimilarity: 0.45 };

/** Edits allowed for a term of this length: one typo up to 7 letters, two beyond. */
const maxEdits = (length: number): number => (length >= 8 ? 2 : 1);

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

export interface FuzzyMatch {
  term: number;
  similarity: number;
}

export interface FuzzyIndex {
  correct(term: string): FuzzyMatch | undefined;
}

const MIN_PART = 3;

/**
 * Splits a run-together word ("stonemanshooting", "riggedelection", hashtags typed in one case)
 * into two vocabulary terms, preferring the most balanced split. `normalizePart` maps a piece
 * to its index form (the stemmer). Returns undefined when no split has both halves known.
 */
export function splitCompound(
  term: string,
  known: (t: string) => number | undefined,
  normalizePart: (piece: string) => string,
): [number, number] | undefined {
  if (term.length < 2 * MIN_PART + 2 || !CORRECTABLE_RE.test(term)) return undefined;
  let best: { ids: [number, number]; balance: number } | undefined;
  for (let i = MIN_PART; i <= term.length - MIN_PART; i++) {
    const left = known(term.slice(0, i)) ?? known(normalizePart(term.slice(0, i)));
    const right = known(term.slice(i)) ?? known(normalizePart(term.slice(i)));
    if (left === undefined || right === undefined) continue;
    const balance = Math.min(i, term.length - i);
    if (!best || balance > best.balance) best = { ids: [left, right], balance };
  }
  return best?.ids;
}

const CORRECTABLE_RE = /^\p{L}+$/u;

export function buildFuzzyIndex(vocabulary: readonly string[], params: FuzzyParams = DEFAULT_FUZZY): FuzzyIndex {
  const byGram = new Map<string, number[]>();
  vocabulary.forEach((term, id) => {
    if (term.length < params.minLength - 1 || !CORRECTABLE_RE.test(term)) return;
    for (const g of trigrams(term)) {
      const list = byGram.get(g);
      if (list) list.push(id);
      else byGram.set(g, [id]);
    }
  });

  return {
    correct(term) {
      if (term.length < params.minLength || !CORRECTABLE_RE.test(term)) return undefined;
      const grams = trigrams(term);
      const shared = new Map<number, number>();
      for (const g of grams) for (const id of byGram.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      const cap = maxEdits(term.length);
      let best: (FuzzyMatch & { edits: number }) | undefined;
      for (const [id, count] of shared) {
        const candidate = vocabulary[id] ?? '';
        // Dice from the shared count (a padded term of length L has about L trigrams) is only a
        // cheap filter; the edit distance decides.
        const similarity = (2 * count) / (grams.size + candidate.length);
        if (similarity < params.minSimilarity || candidate === term) continue;
        // People rarely mistype the first letter; requiring it keeps "orange" from becoming "range".
        if (candidate[0] !== term[0]) continue;
        const edits = editDistance(term, candidate, cap);
        if (edits > cap) continue;
        if (!best || edits < best.edits || (edits === best.edits && (similarity > best.similarity || (similarity === best.similarity && id < best.term)))) {
          best = { term: id, similarity, edits };
        }
      }
      return best ? { term: best.term, similarity: best.similarity } : undefined;
    },
  };
}
