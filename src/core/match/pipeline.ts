import type { Locale } from '../knowledge/schema.ts';
import { analyze } from './analyze.ts';
import { bm25Idf, buildBm25f, DEFAULT_BM25F, type Bm25fParams } from './bm25f.ts';
import { buildCorpus, fieldTerms, type Corpus, type CorpusDoc } from './corpus.ts';
import { candidateFeatures, pairKey, type QueryTerms } from './features.ts';
import { buildFuzzyIndex, DEFAULT_FUZZY, splitCompound, type FuzzyParams } from './fuzzy.ts';
import { stemWord } from './tokenize.ts';
import type { DetectedLang } from './lang.ts';
import { trigramHashes } from './trigram.ts';
import { expansionShare, expansionTerms } from './expansion.ts';
import { entityWords } from './entities.ts';
import { hasMediaLink, MEDIA_WORDS } from './media.ts';
import { buildGramIdf, gramNorm } from './gram-idf.ts';
import type { MatchDocument } from './types.ts';

/**
 * Steps 1–5 wired together up to the reranker's input: a query becomes a pool of BM25F
 * candidates, each with its feature vector. The matcher scores them with the learned model;
 * scripts/train.ts uses the very same pools to fit that model.
 */

export interface PipelineOptions {
  bm25f?: Bm25fParams;
  fuzzy?: FuzzyParams;
  /** Weight of a typo-corrected term relative to an exact one, times its trigram similarity. */
  fuzzyWeight?: number;
}

export interface PreparedQuery {
  lang: DetectedLang;
  negations: number;
  /** Denial predicates ("… is a myth") in the query. */
  denials: number;
  /** Term ids each negation cue applies to (unknown words dropped). */
  negationScopes: number[][];
  truncated: boolean;
  q: QueryTerms;
  /** Term ids for retrieval with their weights (exact 1, corrected less). */
  retrieval: { terms: number[]; weights: number[] };
}

export interface Candidate {
  doc: number;
  bm25: number;
  features: number[];
}

export interface Pipeline {
  corpus: Corpus;
  idf(t: number): number;
  prepare(text: string, lang?: Locale): PreparedQuery;
  /** The best `size` BM25F candidates with features; `exclude` holds document indices to skip. */
  candidates(pq: PreparedQuery, size: number, exclude?: ReadonlySet<number>): Candidate[];
}

const NUMBER_RE = /^\d+$/u;
/** The "— Name (@handle) Month D, YYYY" line that ends an embedded tweet. */
const ATTRIBUTION_RE = /[—–]\s*[^—–\n]{0,80}\(@\w{1,30}\)[^—–\n]{0,40}$/u;

/** The text and attribution line of a pasted tweet; no attribution for other text. */
function splitAttribution(text: string): { body: string; attribution: string } {
  const m = ATTRIBUTION_RE.exec(text.slice(-200));
  if (!m) return { body: text, attribution: '' };
  const at = text.length - Math.min(200, text.length) + m.index;
  return { body: text.slice(0, at), attribution: text.slice(at) };
}

export function buildPipeline(documents: readonly MatchDocument[], options: PipelineOptions = {}): Pipeline {
  const corpus = buildCorpus(documents);
  const index = buildBm25f(
    corpus.docs.length,
    (i) => fieldTerms(corpus.docs[i] as CorpusDoc),
    corpus.terms.length,
    options.bm25f ?? DEFAULT_BM25F,
  );
  const fuzzy = buildFuzzyIndex(corpus.terms, options.fuzzy ?? DEFAULT_FUZZY);
  const fuzzyWeight = options.fuzzyWeight ?? 0.7;
  const gramIdf = buildGramIdf(corpus.docs);
  const mediaTerms = new Set(analyze(MEDIA_WORDS).terms.flatMap((t) => corpus.vocab.get(t) ?? []));
  const idf = (t: number): number => index.idf(t);
  const unknownIdf = bm25Idf(corpus.docs.length, 0);
  const isNumber = (t: number): boolean => NUMBER_RE.test(corpus.terms[t] ?? '');

  function prepare(text: string, lang?: Locale): PreparedQuery {
    const a = analyze(text, lang);
    const ids: number[] = [];
    const idSet = new Set<number>();
    const weights: number[] = [];
    const seen = new Set<string>();
    let mass = 0;
    let maxIdf = 0;
    const ordered: number[] = [];
    const add = (id: number, weight: number): void => {
      if (idSet.has(id)) return;
      idSet.add(id);
      ids.push(id);
      weights.push(weight);
    };
    const known = (t: string): number | undefined => corpus.vocab.get(t);
    for (const term of a.terms) {
      const exact = corpus.vocab.get(term);
      const fix = exact === undefined ? fuzzy.correct(term) : undefined;
      const parts = exact === undefined && !fix ? splitCompound(term, known, (piece) => stemWord(piece, a.lang)) : undefined;
      const id = exact ?? fix?.term;
      ordered.push(id ?? -1);
      if (seen.has(term)) continue;
      seen.add(term);
      if (parts) {
        // A run-together word counts as its two halves, each at the typo weight.
        for (const part of parts) {
          const w = idf(part);
          mass += w;
          maxIdf = Math.max(maxIdf, w);
          add(part, fuzzyWeight);
        }
        continue;
      }
      const w = id === undefined ? unknownIdf : idf(id);
      mass += w;
      maxIdf = Math.max(maxIdf, w);
      if (id !== undefined) add(id, exact !== undefined ? 1 : fuzzyWeight * (fix?.similarity ?? 0));
    }
    const pairs = new Set<number>();
    for (let i = 1; i < ordered.length; i++) {
      const x = ordered[i - 1] ?? -1;
      const y = ordered[i] ?? -1;
      if (x >= 0 && y >= 0) pairs.add(pairKey(x, y));
    }
    const numbers = new Set(ids.filter(isNumber));
    const parts = splitAttribution(typeof text === 'string' ? text : '');
    const attributionOnly = new Set<number>();
    if (parts.attribution !== '') {
      const body = new Set(analyze(parts.body, lang).terms);
      for (const term of analyze(parts.attribution, lang).terms) {
        const id = corpus.vocab.get(term);
        if (id !== undefined && !body.has(term)) attributionOnly.add(id);
      }
    }
    const entities = new Set(analyze(entityWords(parts.body).join(' '), lang).terms.flatMap((t) => corpus.vocab.get(t) ?? []));
    return {
      lang: a.lang,
      negations: a.negations,
      denials: a.denials,
      negationScopes: a.negationScopes.map((scope) => scope.flatMap((term) => corpus.vocab.get(term) ?? [])),
      truncated: a.truncated,
      q: { known: ids, idfOf: new Map(ids.map((t) => [t, idf(t)])), mass, count: seen.size, maxIdf, pairs, numbers, grams: new Set(trigramHashes(a.normalized)), attributionOnly, entities, media: hasMediaLink(text) },
      retrieval: { terms: ids, weights },
    };
  }

  function candidates(pq: PreparedQuery, size: number, exclude?: ReadonlySet<number>): Candidate[] {
    if (pq.retrieval.terms.length === 0 || size <= 0) return [];
    const { canonical } = corpus;
    // A shadowed copy stands in for its original only when the original is excluded.
    const skip = (doc: number): boolean => {
      if (exclude?.has(doc)) return true;
      const first = canonical[doc] ?? doc;
      return first !== doc && !exclude?.has(first);
    };
    const pool = index.search(pq.retrieval.terms, size, skip, pq.retrieval.weights);
    const topBm25 = pool[0]?.score ?? 0;
    const docOf = (doc: number): CorpusDoc => {
      const d = corpus.docs[doc];
      if (!d) throw new Error(`document ${doc} missing from corpus`);
      return d;
    };
    const feedback = expansionTerms(pool.map((c) => ({ doc: docOf(c.doc), score: c.score })), pq.q.idfOf, idf);
    const gramList = Int32Array.from(pq.q.grams).sort();
    const qNorm = gramNorm(gramList, gramIdf);
    return pool.map(({ doc, score }, rank) => {
      const d = docOf(doc);
      const context = {
        q: pq.q,
        idf,
        isNumber,
        bm25: score,
        topBm25,
        rank,
        gramList,
        gramIdf,
        gramNorm: qNorm,
        expansionShare: expansionShare(d, feedback),
        mediaTerms,
      };
      return { doc, bm25: score, features: candidateFeatures(d, context) };
    });
  }

  return { corpus, idf, prepare, candidates };
}
