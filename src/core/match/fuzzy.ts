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

export const DEFAULT_FUZZY: FuzzyParams = { minLength: 5, minSimilarity: 0.6 };

export interface FuzzyMatch {
  term: number;
  similarity: number;
}

export interface FuzzyIndex {
  correct(term: string): FuzzyMatch | undefined;
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
      let best: FuzzyMatch | undefined;
      for (const [id, count] of shared) {
        const candidate = vocabulary[id] ?? '';
        // Dice from the shared count; a padded term of length L has about L trigrams.
        const similarity = (2 * count) / (grams.size + candidate.length);
        if (similarity >= params.minSimilarity && (!best || similarity > best.similarity)) best = { term: id, similarity };
      }
      return best && best.similarity < 1 ? best : undefined;
    },
  };
}
