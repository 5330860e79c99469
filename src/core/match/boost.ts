import type { TrainingList } from './fit.ts';
import type { Ensemble, TreeNode } from './trees.ts';

/**
 * Training the tree ensemble (scripts/train.ts): gradient boosting on the listwise softmax
 * loss, i.e. each query's candidates compete and the right one should win. Trees grow level
 * by level with Newton leaf values (−G/(H+λ)). Deterministic: no sampling, ties broken by
 * feature order.
 */

export interface BoostOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** L2 on leaf values. */
  lambda: number;
  /** Minimum summed hessian on each side of a split. */
  minChildWeight: number;
  /**
   * Adds an implicit "none of these" option of score 0 to every list (as the confidence model
   * has), so lists whose label is -1 teach the trees to lower every candidate.
   */
  noneOption?: boolean;
}

interface Split {
  gain: number;
  feature: number;
  threshold: number;
}

/** `base` gives each list's starting scores (e.g. the linear ranker's): trees fit what is left. */
export function boostRanker(lists: readonly TrainingList[], o: BoostOptions, base?: readonly (readonly number[])[]): Ensemble {
  const rows: (readonly number[])[] = [];
  const listOf: number[] = [];
  const target: number[] = [];
  lists.forEach((l, li) =>
    l.rows.forEach((r, i) => {
      rows.push(r);
      listOf.push(li);
      target.push(i === l.label ? 1 : 0);
    }),
  );
  const n = rows.length;
  const dims = rows[0]?.length ?? 0;
  const sorted = Array.from({ length: dims }, (_, f) =>
    Int32Array.from(rows.keys()).sort((a, b) => (rows[a]?.[f] ?? 0) - (rows[b]?.[f] ?? 0) || a - b),
  );
  const score = Float64Array.from(lists.flatMap((l, li) => l.rows.map((_, i) => base?.[li]?.[i] ?? 0)));
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const starts: number[] = [];
  listOf.forEach((li, i) => {
    if (i === 0 || listOf[i - 1] !== li) starts.push(i);
  });
  starts.push(n);
  const ensemble: Ensemble = [];

  for (let m = 0; m < o.trees; m++) {
    for (let s = 0; s + 1 < starts.length; s++) {
      const a = starts[s] ?? 0;
      const b = starts[s + 1] ?? 0;
      let top = o.noneOption ? 0 : -Infinity;
      for (let i = a; i < b; i++) top = Math.max(top, score[i] ?? 0);
      let z = o.noneOption ? Math.exp(-top) : 0;
      for (let i = a; i < b; i++) z += Math.exp((score[i] ?? 0) - top);
      for (let i = a; i < b; i++) {
        const p = Math.exp((score[i] ?? 0) - top) / z;
        g[i] = p - (target[i] ?? 0);
        h[i] = Math.max(p * (1 - p), 1e-6);
      }
    }
    const tree = growTree(rows, sorted, g, h, o);
    ensemble.push(tree);
    for (let i = 0; i < n; i++) score[i] = (score[i] ?? 0) + leafValue(tree, rows[i] ?? []);
  }
  return ensemble;
}

function leafValue(tree: readonly TreeNode[], x: readonly number[]): number {
  let node = tree[0];
  while (node && node.f >= 0) node = tree[(x[node.f] ?? 0) <= node.t ? node.l : node.r];
  return node?.v ?? 0;
}

function growTree(
  rows: readonly (readonly number[])[],
  sorted: readonly Int32Array[],
  g: Float64Array,
  h: Float64Array,
  o: BoostOptions,
): TreeNode[] {
  const n = rows.length;
  const nodeOf = new Int32Array(n); // all rows start in node 0
  const nodes: TreeNode[] = [{ f: -1, t: 0, l: 0, r: 0, v: 0 }];
  let level = [0];
  const leaf = (G: number, H: number): number => (-G / (H + o.lambda)) * o.learningRate;
  for (let depth = 0; depth <= o.depth && level.length > 0; depth++) {
    const G = new Map<number, number>();
    const H = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = nodeOf[i] ?? 0;
      G.set(k, (G.get(k) ?? 0) + (g[i] ?? 0));
      H.set(k, (H.get(k) ?? 0) + (h[i] ?? 0));
    }
    for (const k of level) (nodes[k] as TreeNode).v = leaf(G.get(k) ?? 0, H.get(k) ?? 0);
    if (depth === o.depth) break;
    const best = new Map<number, Split>();
    const open = new Set(level);
    for (let f = 0; f < sorted.length; f++) {
      const gl = new Map<number, number>();
      const hl = new Map<number, number>();
      const prev = new Map<number, number>();
      for (const i of sorted[f] ?? []) {
        const k = nodeOf[i] ?? 0;
        if (!open.has(k)) continue;
        const x = rows[i]?.[f] ?? 0;
        const p = prev.get(k);
        if (p !== undefined && x > p) {
          const GL = gl.get(k) ?? 0;
          const HL = hl.get(k) ?? 0;
          const GT = G.get(k) ?? 0;
          const HT = H.get(k) ?? 0;
          if (HL >= o.minChildWeight && HT - HL >= o.minChildWeight) {
            const gain = (GL * GL) / (HL + o.lambda) + ((GT - GL) * (GT - GL)) / (HT - HL + o.lambda) - (GT * GT) / (HT + o.lambda);
            const cur = best.get(k);
            if (gain > 1e-9 && (!cur || gain > cur.gain)) best.set(k, { gain, feature: f, threshold: (p + x) / 2 });
          }
        }
        prev.set(k, x);
        gl.set(k, (gl.get(k) ?? 0) + (g[i] ?? 0));
        hl.set(k, (hl.get(k) ?? 0) + (h[i] ?? 0));
      }
    }
    const next: number[] = [];
    for (const k of level) {
      const s = best.get(k);
      if (!s) continue;
      const l = nodes.length;
      nodes.push({ f: -1, t: 0, l: 0, r: 0, v: 0 }, { f: -1, t: 0, l: 0, r: 0, v: 0 });
      nodes[k] = { f: s.feature, t: s.threshold, l, r: l + 1, v: 0 };
      next.push(l, l + 1);
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[nodeOf[i] ?? 0] as TreeNode;
      if (node.f >= 0) nodeOf[i] = (rows[i]?.[node.f] ?? 0) <= node.t ? node.l : node.r;
    }
    level = next;
  }
  return nodes;
}
