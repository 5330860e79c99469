import { scorePool, type RerankModel } from './model.ts';
import { buildPipeline, type PipelineOptions } from './pipeline.ts';
import { detectStance } from './stance.ts';
import type { Matcher, MatchDocument, RankedHit, RankOptions, RankResult } from './types.ts';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 100;

/**
 * The full matcher: pipeline candidates → learned rerank → calibrated confidence → stance.
 * Hits come best first by reranker score; `score` is that score, `confidence` its probability.
 */
export function buildMatcher(documents: readonly MatchDocument[], model: RerankModel, options: PipelineOptions = {}): Matcher {
  const pipeline = buildPipeline(documents, options);
  const { corpus, idf } = pipeline;
  const indexOf = new Map(corpus.docs.map((d, i) => [d.id, i]));

  function rank(text: string, opts: RankOptions = {}): RankResult {
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? DEFAULT_LIMIT)));
    const pq = pipeline.prepare(text, opts.lang);
    const base = { lang: pq.lang, queryTokens: pq.q.count, truncated: pq.truncated };
    if (limit === 0) return { ...base, hits: [] };
    const exclude = opts.exclude ? new Set([...opts.exclude].flatMap((id) => indexOf.get(id) ?? [])) : undefined;
    const pool = pipeline.candidates(pq, Math.max(limit, model.pool), exclude);
    // Confidence is a distribution over the same BM25F head the model was trained on, so a deeper
    // ranking (claimcheck eval asks for 100) reports the very confidences a user's check gets.
    const head = pool.length > model.pool ? pool.slice(0, model.pool) : pool;
    const { scores: headScores, probs } = scorePool(model, head);
    const scores = head === pool ? headScores : scorePool(model, pool).scores;
    const order = pool.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    const hits: RankedHit[] = order.slice(0, limit).map((i) => {
      const doc = corpus.docs[pool[i]?.doc ?? -1];
      if (!doc) throw new Error('candidate outside the corpus');
      return { id: doc.id, score: scores[i] ?? 0, confidence: probs[i] ?? 0, stance: detectStance(pq.q, pq, doc, idf) };
    });
    return { ...base, hits };
  }

  return { rank };
}
