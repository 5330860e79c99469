import type { Locale } from '../knowledge/schema.ts';
import { detectLang, type DetectedLang } from './lang.ts';
import { normalize } from './normalize.ts';
import { countDenials, countNegations } from './negation.ts';
import { termsOf, words } from './tokenize.ts';

/** A text after normalize → detect language → tokenize: what the index and queries share. */
export interface Analyzed {
  lang: DetectedLang;
  /** Normalized text (see normalize.ts). */
  normalized: string;
  /** Index terms, in order, with repeats. */
  terms: string[];
  /** Negation cues found ("not", "no es", "ない"), for stance. */
  negations: number;
  truncated: boolean;
}

export function analyze(text: unknown, forcedLang?: Locale): Analyzed {
  const { text: clean, truncated } = normalize(text);
  const detected = detectLang(clean);
  const lang: DetectedLang = forcedLang && detected !== 'ja' ? forcedLang : detected;
  const ws = words(clean, lang);
  return { lang: detected, normalized: clean, terms: termsOf(ws, lang), negations: countNegations(ws, lang) + countDenials(clean, lang), truncated };
}
