import type { DetectedLang } from './lang.ts';

/**
 * Negation cues per language, counted on raw (unstemmed) word segments. Used by stance:
 * "mail-in ballots are not full of fraud" negates the claim "mail-in ballots are full of fraud".
 * Denial words count only as a predicate ("… is a myth", "… es falso", "…はデマ"): on their
 * own they are often part of the rumor itself ("millions of fake ballots").
 */
const EN = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'cant', 'isn', 'aren', 'wasn',
  'weren', 'don', 'doesn', 'didn', 'won', 'wouldn', 'couldn', 'shouldn', 'haven', 'hasn', 'hadn', 'ain',
]);
const EN_CONTRACTION_RE = /n['’]t$/u;

const ES = new Set(['no', 'nunca', 'jamás', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ningún', 'ninguno', 'ninguna']);

/** Japanese negation is mostly an auxiliary segment (ない, ません, ず) or a denial noun (デマ, 嘘). */
const JA = new Set(['ない', 'なかっ', 'なく', 'ません', 'ず', 'ぬ', 'ねえ', 'じゃない', 'ではない', 'ありません', 'なし', '無い']);
const JA_SUFFIX_RE = /(?:ない|ません|なかった|ず)$/u;

const DENIAL: Record<'en' | 'es' | 'ja', RegExp> = {
  en: /\b(?:is|are|was|were|it's|that's|thats|its)\s+(?:a\s+|an\s+|all\s+(?:a\s+)?|just\s+(?:a\s+)?|totally\s+|completely\s+)?(?:myth|lie|hoax|false|untrue|debunked|baseless|unfounded|nonsense|fake news)\b|\b(?:not|isn't|isnt|never been) true\b/gu,
  es: /\b(?:es|son|fue|era)\s+(?:un[ao]?\s+|totalmente\s+|completamente\s+)?(?:mentira|falso|falsa|falsos|falsas|bulo|mito|infundad[ao]s?)\b|\bno es (?:verdad|cierto)\b/gu,
  ja: /(?:は|って|なんて)(?:嘘|うそ|ウソ|デマ|誤り|虚偽|フェイク)/gu,
};

/** "… is a myth", "… es mentira", "…はデマ": the text calls something false. */
export function countDenials(text: string, lang: DetectedLang): number {
  const re = DENIAL[lang === 'es' || lang === 'ja' ? lang : 'en'];
  return text.match(re)?.length ?? 0;
}

export function isNegationCue(word: string, lang: DetectedLang): boolean {
  if (lang === 'ja') return JA.has(word) || JA_SUFFIX_RE.test(word);
  if (lang === 'es') return ES.has(word);
  return EN.has(word) || EN_CONTRACTION_RE.test(word);
}

export function countNegations(words: readonly string[], lang: DetectedLang): number {
  return words.filter((w) => isNegationCue(w, lang)).length;
}

/** Words a negation cue can apply to: the next few (English, Spanish) or, since Japanese
 * negates with a trailing auxiliary, the previous few, within the cue's own clause. */
export const NEGATION_WINDOW = 4;

/**
 * The scope of each negation cue: "Not surprised at all. Virginia purged voters" negates
 * "surprised", not the purge; "No, dead people did not vote" negates "vote".
 */
export function negationScopes(clauses: readonly (readonly string[])[], lang: DetectedLang): string[][] {
  const scopes: string[][] = [];
  for (const ws of clauses) {
    ws.forEach((w, i) => {
      if (!isNegationCue(w, lang)) return;
      scopes.push(lang === 'ja' ? ws.slice(Math.max(0, i - NEGATION_WINDOW), i) : ws.slice(i + 1, i + 1 + NEGATION_WINDOW));
    });
  }
  return scopes;
}
