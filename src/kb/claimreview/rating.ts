import type { Verdict } from '../../core/knowledge/schema.ts';

/**
 * Our verdict scale as a ClaimReview Rating. Google asks fact-checkers to document how numeric
 * ratings map to text (https://developers.google.com/search/docs/appearance/structured-data/factcheck,
 * "reviewRating"): 1 = False … 5 = True, and the text (alternateName) is what Search shows.
 */
export const VERDICT_RATINGS: Record<Verdict, { value: number; label: string }> = {
  false: { value: 1, label: 'False' },
  misleading: { value: 2, label: 'Misleading' },
  unsupported: { value: 3, label: 'Unsupported' },
  'true-with-context': { value: 4, label: 'True, with context' },
  true: { value: 5, label: 'True' },
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

const BY_VALUE = new Map(Object.entries(VERDICT_RATINGS).map(([v, r]) => [r.value, v as Verdict]));
const BY_LABEL = new Map(Object.entries(VERDICT_RATINGS).map(([v, r]) => [r.label.toLowerCase(), v as Verdict]));

/**
 * Other fact-checkers' textual ratings (PolitiFact, AFP, Snopes, Maldita, …) folded onto our
 * scale. Checked in order; the first pattern that matches wins, so specific phrases come first.
 */
const LABEL_PATTERNS: readonly [RegExp, Verdict][] = [
  [/mostly false|half[- ]true|partly false|partially false|missing context|out of context|distort|exaggerat|misleading|engañoso|enganoso|誤解/i, 'misleading'],
  [/mostly true|needs context|true,? with context|true but|cierto,? pero|ほぼ正確/i, 'true-with-context'],
  [/unproven|unsupported|unverified|no evidence|sin evidencia|sin pruebas|根拠不明|不明/i, 'unsupported'],
  [/false|fake|not true|untrue|pants on fire|incorrect|wrong|hoax|falso|bulo|誤り|虚偽|偽/i, 'false'],
  [/^\s*(true|correct|accurate|verdadero|cierto|正確|正しい)\b/i, 'true'],
];

export interface RatingInput {
  label?: string | undefined;
  value?: number | undefined;
  best?: number | undefined;
  worst?: number | undefined;
}

/** A ClaimReview rating back to a verdict; undefined when neither text nor number is usable. */
export function ratingToVerdict(r: RatingInput): Verdict | undefined {
  const label = r.label?.trim();
  if (label) {
    const exact = BY_LABEL.get(label.toLowerCase());
    if (exact) return exact;
    const pattern = LABEL_PATTERNS.find(([re]) => re.test(label));
    if (pattern) return pattern[1];
  }
  if (r.value === undefined || !Number.isFinite(r.value)) return undefined;
  const best = r.best ?? BEST_RATING;
  const worst = r.worst ?? WORST_RATING;
  if (best <= worst || r.value < worst || r.value > best) return undefined;
  // Rescale another publisher's numeric scale onto 1..5.
  const scaled = Math.round(WORST_RATING + ((r.value - worst) / (best - worst)) * (BEST_RATING - WORST_RATING));
  return BY_VALUE.get(scaled);
}
