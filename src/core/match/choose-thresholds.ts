/**
 * Picking the `match` threshold on dev data (scripts/train.ts): the lowest confidence at which
 * every stricter threshold still meets the precision goal, and at which no more than the
 * allowed share of "gold removed" queries would get a confident (necessarily wrong) match.
 */

export interface ScoredTop {
  /** Confidence of the query's top hit (0 when there is no hit). */
  confidence: number;
  /** Whether that top hit is a gold document. */
  correct: boolean;
}

export interface ThresholdGoals {
  /** Minimum top-1 precision among `match` answers. */
  precision: number;
  /** Maximum share of gold-removed queries answered `match`. */
  removedMatchRate: number;
}

export interface ThresholdChoice {
  match: number;
  precision: number;
  coverage: number;
  removedMatchRate: number;
}

export function chooseMatchThreshold(
  withGold: readonly ScoredTop[],
  goldRemoved: readonly number[],
  goals: ThresholdGoals,
): ThresholdChoice {
  const sorted = [...withGold].sort((a, b) => b.confidence - a.confidence);
  const removedAt = (t: number): number =>
    goldRemoved.length === 0 ? 0 : goldRemoved.filter((c) => c >= t).length / goldRemoved.length;
  let best: ThresholdChoice = { match: 1, precision: 1, coverage: 0, removedMatchRate: removedAt(1) };
  let correct = 0;
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i] as ScoredTop;
    if (item.correct) correct++;
    const next = sorted[i + 1];
    // Only cut between distinct confidences: a threshold cannot split tied queries.
    if (next && next.confidence === item.confidence) continue;
    const precision = correct / (i + 1);
    if (precision < goals.precision) break;
    const t = item.confidence;
    const removed = removedAt(t);
    if (removed <= goals.removedMatchRate && item.confidence > 0) {
      best = { match: t, precision, coverage: (i + 1) / sorted.length, removedMatchRate: removed };
    }
  }
  return best;
}
