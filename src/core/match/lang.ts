import type { Locale } from '../knowledge/schema.ts';
import { EN_STOP, ES_STOP } from './stopwords.ts';

export type DetectedLang = Locale | 'other';

const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN_RE = /\p{Script=Han}/gu;
const LATIN_WORD_RE = /\p{Script=Latin}+/gu;
const SPANISH_MARKS_RE = /[ñ¿¡áéíóú]/u;

/**
 * Language of normalized text by script, then stop words: Japanese when kana (or, without
 * Latin words, Han) characters make up a real share of the letters; Spanish vs English by
 * which stop-word list covers more words, with Spanish-only letters as a tiebreak.
 */
// eslint-disable-next-line no-control-regex
const ASCII_RE = /^[\x00-\x7f]*$/;

export function detectLang(text: string): DetectedLang {
  if (ASCII_RE.test(text)) return stopWordVote(text.match(LATIN_WORD_RE) ?? [], text);
  const kana = text.match(KANA_RE)?.length ?? 0;
  const han = text.match(HAN_RE)?.length ?? 0;
  const latinWords = text.match(LATIN_WORD_RE) ?? [];
  const latinChars = latinWords.reduce((n, w) => n + w.length, 0);
  if (kana > 0 && kana + han >= latinChars / 4) return 'ja';
  if (han > 0 && kana + han >= latinChars) return 'ja';
  return stopWordVote(latinWords, text);
}

function stopWordVote(latinWords: readonly string[], text: string): DetectedLang {
  if (latinWords.length === 0) return 'other';
  let en = 0;
  let es = 0;
  for (const w of latinWords) {
    if (EN_STOP.has(w)) en++;
    if (ES_STOP.has(w)) es++;
  }
  if (es > en) return 'es';
  if (en > es) return 'en';
  return SPANISH_MARKS_RE.test(text) ? 'es' : 'en';
}
