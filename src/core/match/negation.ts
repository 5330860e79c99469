import type { DetectedLang } from './lang.ts';

/**
 * Negation cues per language, counted on raw (unstemmed) word segments. Used by stance:
 * "mail-in ballots are not full of fraud" negates the claim "mail-in ballots are full of fraud".
 * Denial words ("false", "myth", "debunked") count too: "the dominion story is a myth".
 */
const EN = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'cant', 'isn', 'aren', 'wasn',
  'weren', 'don', 'doesn', 'didn', 'won', 'wouldn', 'couldn', 'shouldn', 'haven', 'hasn', 'hadn', 'ain',
  'false', 'untrue', 'myth', 'debunked', 'hoax', 'fake', 'baseless', 'unfounded', 'wrong', 'lie', 'lies', 'nonsense',
]);
const EN_CONTRACTION_RE = /n['’]t$/u;

const ES = new Set([
  'no', 'nunca', 'jamás', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ningún', 'ninguno', 'ninguna', 'sin',
  'falso', 'falsa', 'mentira', 'bulo', 'mito', 'desmentido', 'infundado',
]);

/** Japanese negation is mostly an auxiliary segment (ない, ません, ず) or a denial noun (デマ, 嘘). */
const JA = new Set(['ない', 'なかっ', 'なく', 'ません', 'ず', 'ぬ', 'ねえ', 'じゃない', 'ではない', '嘘', 'うそ', 'デマ', '偽', '誤り', '虚偽', 'ありません', 'なし', '無い']);
const JA_SUFFIX_RE = /(?:ない|ません|なかった|ず)$/u;

export function countNegations(words: readonly string[], lang: DetectedLang): number {
  let n = 0;
  for (const w of words) {
    if (lang === 'ja') {
      if (JA.has(w) || JA_SUFFIX_RE.test(w)) n++;
    } else if (lang === 'es') {
      if (ES.has(w)) n++;
    } else if (EN.has(w) || EN_CONTRACTION_RE.test(w)) {
      n++;
    }
  }
  return n;
}
