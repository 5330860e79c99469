import { z } from 'zod';

/**
 * A boosted ensemble of small regression trees: the reranker's nonlinear part. Each tree is a
 * flat array of nodes; a node with `f >= 0` sends x to `l` when x[f] <= t and to `r` otherwise,
 * a leaf (`f = -1`) holds its value in `v`. The score is the sum of the leaves reached.
 * Trees are piecewise constant, so a feature far outside the training range cannot push the
 * score beyond what the training data supported.
 */

export const treeNodeSchema = z.object({
  f: z.number().int().min(-1),
  t: z.number(),
  l: z.number().int().min(0),
  r: z.number().int().min(0),
  v: z.number(),
});
export type TreeNode = z.infer<typeof treeNodeSchema>;
export const ensembleSchema = z.array(z.array(treeNodeSchema).min(1));
export type Ensemble = z.infer<typeof ensembleSchema>;

export function treeScore(tree: readonly TreeNode[], x: readonly number[]): number {
  let i = 0;
  for (let guard = 0; guard < tree.length; guard++) {
    const n = tree[i];
    if (!n) return 0;
    if (n.f < 0) return n.v;
    i = (x[n.f] ?? 0) <= n.t ? n.l : n.r;
  }
  return 0;
}

export function ensembleScore(trees: Ensemble, x: readonly number[]): number {
  let s = 0;
  for (const tree of trees) s += treeScore(tree, x);
  return s;
}
