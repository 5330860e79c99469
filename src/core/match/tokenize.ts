import { stemmer } from 'stemmer';
import * as snowballModule from 'snowball-stemmers';
import { expandAliases } from './aliases.ts';
import type { DetectedLang } from './lang.ts';
import { stopWordsFor } from './stopwords.ts';

/**
 * Step 2: normalized text → index terms. Words come from Intl.Segmenter (dictionary-based
 * for Japanese), stop words are dropped per language, English words get Porter stems and
 * Spanish words Snowball stems. Japanese katakana pieces that ICU splits ("ド|ミニ|オン") are
 * joined back so a loan word stays one term.
 */

// The package is a UMD bundle flagged __esModule: under ESM its API sits on `default`, under
// CJS interop on the namespace itself.
const newStemmer = snowballModule.newStemmer ?? snowballModule.default.newStemmer;
const spanish = newStemmer('spanish');
const segmenters = new Map<string, Intl.Segmenter>();
const LATIN_RE = /^[\p{Script=Latin}\p{N}'’]+$/u;
const KATAKANA_RE = /^[\p{Script=Katakana}ー]+$/u;
const DIACRITICS_RE = /\p{M}/gu;
const STEM_CACHE_LIMIT = 50_000;
const stemCaches = { en: new Map<string, string>(), es: new Map<string, string>() };

function segmenter(lang: DetectedLang): Intl.Segmenter {
  const key = lang === 'ja' ? 'ja' : lang === 'es' ? 'es' : 'en';
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(key, { granularity: 'word' });
    segmenters.set(key, s);
  }
  return s;
}

function foldAccents(word: string): string {
  return word.normalize('NFD').replace(DIACRITICS_RE, '');
}

/** English irregular plurals the Porter stemmer leaves apart from their singular. */
const EN_IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  women: 'woman', men: 'man', children: 'child', knives: 'knife', wives: 'wife', lives: 'life',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', leaves: 'leaf', thieves: 'thief',
  wolves: 'wolf', halves: 'half', shelves: 'shelf', died: 'die', dies: 'die', dying: 'die',
}));

/** Stem one lower-case Latin word for the text's language (Japanese text: English stems). */
export function stemWord(word: string, lang: DetectedLang): string {
  const cache = lang === 'es' ? stemCaches.es : stemCaches.en;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const clean = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  const stem = foldAccents(lang === 'es' ? spanish.stem(clean) : stemmer(EN_IRREGULAR.get(clean) ?? clean));
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

// Scripts written without spaces need the dictionary segmenter; everything else splits on a
// regular expression, which is several times faster and gives the same words.
const NEEDS_SEGMENTER_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Raw word segments (lower-case, word-like only), before stop words and stemming. */
export function words(text: string, lang: DetectedLang): string[] {
  if (!NEEDS_SEGMENTER_RE.test(text)) return text.match(WORD_RE) ?? [];
  const out: string[] = [];
  let prevKatakana = false;
  for (const seg of segmenter(lang).segment(text)) {
    if (!seg.isWordLike) {
      prevKatakana = false;
      continue;
    }
    const w = seg.segment;
    const kata = KATAKANA_RE.test(w);
    if (kata && prevKatakana && out.length > 0) out[out.length - 1] += w;
    else out.push(w);
    prevKatakana = kata;
  }
  return out;
}

/** Index terms of normalized text: what both documents and queries are reduced to. */
export function tokenize(text: string, lang: DetectedLang): string[] {
  return termsOf(words(text, lang), lang);
}

/** Index terms from already segmented words. */
export function termsOf(ws: readonly string[], lang: DetectedLang): string[] {
  const stop = stopWordsFor(lang);
  const terms: string[] = [];
  for (const w of lang === 'ja' ? ws : expandAliases(ws)) {
    if (stop.has(w)) continue;
    if (LATIN_RE.test(w)) {
      if (w.length < 2 && !/\d/u.test(w)) continue;
      const stem = stemWord(w, lang);
      if (stem.length > 0) terms.push(stem);
    } else {
      terms.push(w);
    }
  }
  return terms;
}
