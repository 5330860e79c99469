import { z } from 'zod';
import { FEATURE_NAMES } from './features.ts';
import { ensembleSchema, ensembleScore } from './trees.ts';

/**
 * Steps 5–6: the learned reranker and its calibrated confidence, two linear models of the
 * form s = bias + Σ wᵢ·(xᵢ − meanᵢ)/stdᵢ.
 * - `ranker` (plus the boosted `trees`, see trees.ts) orders the candidates; both are trained
 *   as a softmax over each query's candidate list.
 * - `confidence` reads [ranker score, margin to the best other candidate, ...features] and
 *   turns the list into probabilities with
 *   a softmax that includes a "none of these" option of score 0:
 *     P(candidate i is the answer) = exp(cᵢ) / (1 + Σⱼ exp(cⱼ)).
 *   It is trained on CheckThat 2020 train both with the gold claim in the collection and with
 *   it removed, so a candidate that merely looks best gets a low probability.
 */

const finite = z.number().refine(Number.isFinite, 'must be finite');

const linearSchema = z.object({
  mean: z.array(finite),
  std: z.array(finite.refine((x) => x > 0, 'std must be positive')),
  weights: z.array(finite),
  bias: finite,
});
export type LinearModel = z.infer<typeof linearSchema>;

export const modelSchema = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  ranker: linearSchema,
  /** Boosted trees added to the linear ranker score (may be empty). */
  trees: ensembleSchema,
  confidence: linearSchema,
  /** Boosted trees added to the confidence score (absent in older models). */
  confidenceTrees: ensembleSchema.default([]),
  /** BM25F candidates rescored per query. */
  pool: z.number().int().min(1).max(1000),
  thresholds: z.object({
    match: z.number().min(0).max(1),
    suggest: z.number().min(0).max(1),
    minTokensForMatch: z.number().int().min(0),
  }),
  /** Free-form provenance (data, date, dev metrics): not read by the code. */
  provenance: z.record(z.string(), z.unknown()).optional(),
});
export type RerankModel = z.infer<typeof modelSchema>;

/** Validates a model and checks it was trained on this code's feature list. */
export function parseModel(raw: unknown): RerankModel {
  const model = modelSchema.parse(raw);
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]);
  const n = FEATURE_NAMES.length;
  const sized =
    [model.ranker.mean, model.ranker.std, model.ranker.weights].every((v) => v.length === n) &&
    [model.confidence.mean, model.confidence.std, model.confidence.weights].every((v) => v.length === n + CONFIDENCE_EXTRA.length);
  if (!same || !sized) throw new Error('reranker model does not match the feature list in features.ts; run npm run train');
  return model;
}

/**
 * Standardized features are clipped to ±Z_CLIP so that a value far outside the training range
 * (a 22-entry KB is not a 10k-claim collection) cannot produce an arbitrarily confident score.
 */
export const Z_CLIP = 4;

export function standardize(x: number, mean: number, std: number): number {
  return Math.max(-Z_CLIP, Math.min(Z_CLIP, (x - mean) / std));
}

export function linearScore(model: LinearModel, x: readonly number[]): number {
  let s = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    s += (model.weights[i] ?? 0) * standardize(x[i] ?? 0, model.mean[i] ?? 0, model.std[i] ?? 1);
  }
  return s;
}

/** Inputs of the confidence model ahead of the features. */
export const CONFIDENCE_EXTRA = ['rankerScore', 'rankerMargin'] as const;
const MAX_MARGIN = 10;

/**
 * Per candidate: [ranker score, margin to the best other candidate (capped), ...features].
 * `floor` is the score of a document sharing nothing with the query: a lone candidate is
 * compared with that, not with nothing, so a one-candidate pool (a small KB, a rare word) does
 * not look like a landslide win.
 */
export function confidenceInputs(scores: readonly number[], features: readonly (readonly number[])[], floor: number): number[][] {
  let best = floor;
  let second = floor;
  for (const s of scores) {
    if (s > best) [best, second] = [s, best];
    else if (s > second) second = s;
  }
  return features.map((x, i) => {
    const s = scores[i] ?? 0;
    const other = s === best ? second : best;
    return [s, Math.min(MAX_MARGIN, s - other), ...x];
  });
}

/** Ranker score of a candidate whose every feature is 0 (it shares nothing with the query). */
export function emptyScore(model: Pick<RerankModel, 'ranker' | 'trees'>): number {
  const zeros = new Array<number>(model.ranker.weights.length).fill(0);
  return linearScore(model.ranker, zeros) + ensembleScore(model.trees, zeros);
}

/** Ranker scores and calibrated probabilities of one query's candidate pool. */
export function scorePool(model: RerankModel, pool: readonly { features: readonly number[] }[]): { scores: number[]; probs: number[] } {
  const scores = pool.map((c) => linearScore(model.ranker, c.features) + ensembleScore(model.trees, c.features));
  const inputs = confidenceInputs(scores, pool.map((c) => c.features), emptyScore(model));
  const probs = probabilities(inputs.map((x) => linearScore(model.confidence, x) + ensembleScore(model.confidenceTrees, x)));
  return { scores, probs };
}

/** Softmax with an implicit "none" option of score 0; numerically stable for any scores. */
export function probabilities(scores: readonly number[]): number[] {
  const top = Math.max(0, ...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = Math.exp(-top) + exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
