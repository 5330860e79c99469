import type { Locale } from '../knowledge/schema.ts';
import { detectLang, type DetectedLang } from './lang.ts';
import { normalize } from './normalize.ts';
import { countDenials, countNegations, negationScopes } from './negation.ts';
import { termsOf, words } from './tokenize.ts';

const CLAUSE_RE = /[.!?;:,。！？；：，、]+/u;

/** A text after normalize → detect language → tokenize: what the index and queries share. */
export interface Analyzed {
  lang: DetectedLang;
  /** Normalized text (see normalize.ts). */
  normalized: string;
  /** Index terms, in order, with repeats. */
  terms: string[];
  /** Negation cues found ("not", "no es", "ない") plus denials ("… is a myth"), for stance. */
  negations: number;
  /** Denial predicates: "… is a myth", "… es mentira", "…はデマ". */
  denials: number;
  /** Index terms each negation cue applies to (see negation.ts). */
  negationScopes: string[][];
  truncated: boolean;
}

export function analyze(text: unknown, forcedLang?: Locale): Analyzed {
  const { text: clean, truncated } = normalize(text);
  const detected = detectLang(clean);
  const lang: DetectedLang = forcedLang && detected !== 'ja' ? forcedLang : detected;
  const ws = words(clean, lang);
  const denials = countDenials(clean, lang);
  const clauses = clean.split(CLAUSE_RE).map((c) => words(c, lang));
  return {
    lang,
    normalized: clean,
    terms: termsOf(ws, lang),
    negations: countNegations(ws, lang) + denials,
    denials,
    negationScopes: negationScopes(clauses, lang).map((scope) => termsOf(scope, lang)),
    truncated,
  };
}
