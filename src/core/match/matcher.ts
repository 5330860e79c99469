import { analyze } from './analyze.ts';
import { bm25Idf, buildBm25f, DEFAULT_BM25F, type Bm25fParams } from './bm25f.ts';
import { buildCorpus } from './corpus.ts';
import { bestPassage, docTermSet, queryCover, type QueryTerms } from './features.ts';
import { detectStance } from './stance.ts';
import type { Matcher, MatchDocument, RankedHit, RankOptions, RankResult } from './types.ts';

export interface MatcherOptions {
  bm25f?: Bm25fParams;
  /** How many BM25F candidates are rescored before the top `limit` are returned. */
  candidates?: number;
}

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 100;

/** Provisional confidence from overlap alone, until the learned reranker is wired in. */
function overlapConfidence(cover: number, dice: number): number {
  const base = 0.5 * cover + 0.5 * dice;
  return 1 / (1 + Math.exp(-12 * (base - 0.55)));
}

export function buildMatcher(documents: readonly MatchDocument[], options: MatcherOptions = {}): Matcher {
  const corpus = buildCorpus(documents);
  const index = buildBm25f(
    corpus.docs.map((d) => d.fields),
    corpus.terms.length,
    options.bm25f ?? DEFAULT_BM25F,
  );
  const idf = (t: number): number => index.idf(t);
  const unknownIdf = bm25Idf(corpus.docs.length, 0);
  const poolSize = options.candidates ?? 30;

  function rank(text: string, opts: RankOptions = {}): RankResult {
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? DEFAULT_LIMIT)));
    const a = analyze(text, opts.lang);
    const distinct = [...new Set(a.terms)];
    const known: number[] = [];
    let mass = 0;
    for (const term of distinct) {
      const id = corpus.vocab.get(term);
      if (id === undefined) mass += unknownIdf;
      else {
        known.push(id);
        mass += idf(id);
      }
    }
    const q: QueryTerms = { known, mass, count: distinct.length };
    const base = { lang: a.lang, queryTokens: distinct.length, truncated: a.truncated };
    if (known.length === 0 || limit === 0) return { ...base, hits: [] };

    const pool = index.search(known, Math.max(limit, poolSize));
    const scored = pool.map(({ doc, score }) => {
      const d = corpus.docs[doc];
      if (!d) throw new Error('index out of sync with corpus');
      const cover = queryCover(q, d, idf, docTermSet(d));
      const { dice } = bestPassage(q, d.passages, idf);
      return { d, score, confidence: overlapConfidence(cover, dice) };
    });
    scored.sort((x, y) => y.confidence - x.confidence || y.score - x.score);
    const hits: RankedHit[] = scored.slice(0, limit).map(({ d, score, confidence }) => ({
      id: d.id,
      score,
      confidence,
      stance: detectStance(q, a.negations, d, idf),
    }));
    return { ...base, hits };
  }

  return { rank };
}
