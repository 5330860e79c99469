import { standardize } from './model.ts';

/**
 * Fitting the reranker (used by scripts/train.ts, tested on its own): a conditional logit
 * ("softmax over the candidate list") with an extra "none of these" option of score 0,
 * maximized by Newton's method with L2 regularization. Deterministic: no random init,
 * no sampling, so `npm run train` always writes the same weights from the same data.
 */

export interface TrainingList {
  /** Feature vectors of the candidates (raw, not standardized). */
  rows: number[][];
  /** Index of the correct candidate, or -1 when none of them is right. */
  label: number;
}

export interface FittedModel {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  l2: number;
  iterations: number;
}

/** Per-feature mean and standard deviation over every candidate row (std ≥ 1e-6). */
export function standardizer(lists: readonly TrainingList[], dims: number): { mean: number[]; std: number[] } {
  const mean = new Array<number>(dims).fill(0);
  const sq = new Array<number>(dims).fill(0);
  let n = 0;
  for (const l of lists)
    for (const r of l.rows) {
      n++;
      for (let d = 0; d < dims; d++) {
        const v = r[d] ?? 0;
        mean[d] = (mean[d] ?? 0) + v;
        sq[d] = (sq[d] ?? 0) + v * v;
      }
    }
  const m = mean.map((s) => s / Math.max(1, n));
  const std = sq.map((s, d) => Math.max(1e-6, Math.sqrt(Math.max(0, s / Math.max(1, n) - (m[d] ?? 0) ** 2))));
  return { mean: m, std };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and dense). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c]?.[c] ?? 0;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  return m.map((row, i) => {
    const pivot = row[i] ?? 0;
    return Math.abs(pivot) < 1e-12 ? 0 : (row[n] ?? 0) / pivot;
  });
}

/** Log-likelihood, gradient and Hessian of the regularized objective at w (last entry = bias). */
function evaluate(lists: readonly number[][][], labels: readonly number[], w: number[], l2: number) {
  const dims = w.length;
  let ll = 0;
  const grad = new Array<number>(dims).fill(0);
  const hess = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
  lists.forEach((rows, li) => {
    const scores = rows.map((x) => x.reduce((s, v, d) => s + v * (w[d] ?? 0), 0));
    const top = Math.max(0, ...scores);
    const exps = scores.map((s) => Math.exp(s - top));
    const z = Math.exp(-top) + exps.reduce((a, b) => a + b, 0);
    const label = labels[li] ?? -1;
    ll += (label >= 0 ? (scores[label] ?? 0) : 0) - top - Math.log(z);
    const ex = new Array<number>(dims).fill(0);
    rows.forEach((x, i) => {
      const p = (exps[i] ?? 0) / z;
      for (let d = 0; d < dims; d++) {
        ex[d] = (ex[d] ?? 0) + p * (x[d] ?? 0);
        const hd = hess[d] as number[];
        for (let e = d; e < dims; e++) hd[e] = (hd[e] ?? 0) - p * (x[d] ?? 0) * (x[e] ?? 0);
      }
    });
    const xl = label >= 0 ? rows[label] : undefined;
    for (let d = 0; d < dims; d++) {
      grad[d] = (grad[d] ?? 0) + (xl?.[d] ?? 0) - (ex[d] ?? 0);
      const hd = hess[d] as number[];
      for (let e = d; e < dims; e++) hd[e] = (hd[e] ?? 0) + (ex[d] ?? 0) * (ex[e] ?? 0);
    }
  });
  for (let d = 0; d < dims; d++) {
    const reg = d < dims - 1 ? l2 : 0;
    ll -= 0.5 * reg * (w[d] ?? 0) ** 2;
    grad[d] = (grad[d] ?? 0) - reg * (w[d] ?? 0);
    (hess[d] as number[])[d] = (hess[d]?.[d] ?? 0) - reg;
    for (let e = 0; e < d; e++) (hess[d] as number[])[e] = hess[e]?.[d] ?? 0;
  }
  return { ll, grad, hess };
}

export function fitConditionalLogit(lists: readonly TrainingList[], options: FitOptions): FittedModel {
  const dims = lists.find((l) => l.rows.length > 0)?.rows[0]?.length ?? 0;
  const { mean, std } = standardizer(lists, dims);
  const xs = lists.map((l) => l.rows.map((r) => [...r.map((v, d) => standardize(v, mean[d] ?? 0, std[d] ?? 1)), 1]));
  const labels = lists.map((l) => l.label);
  let w = new Array<number>(dims + 1).fill(0);
  let current = evaluate(xs, labels, w, options.l2);
  for (let it = 0; it < options.iterations; it++) {
    const step = solve(
      current.hess.map((row) => row.map((v) => -v)),
      current.grad,
    );
    let scale = 1;
    let next = current;
    let candidate = w;
    for (let tries = 0; tries < 20; tries++) {
      candidate = w.map((v, d) => v + scale * (step[d] ?? 0));
      next = evaluate(xs, labels, candidate, options.l2);
      if (next.ll >= current.ll - 1e-9) break;
      scale /= 2;
    }
    const improvement = next.ll - current.ll;
    w = candidate;
    current = next;
    if (Math.abs(improvement) < 1e-7) break;
  }
  return { mean, std, weights: w.slice(0, dims), bias: w[dims] ?? 0 };
}
