/**
 * Names in a pasted text: capitalised words that do not start a sentence ("… with Maddox",
 * "… by Nancy Pelosi"), all-capital words ("DACA", "JFK"), hashtags and @handles. A candidate
 * that holds the query's names is far more likely to be about the same event than one that only
 * shares its common words. Casing is read from the raw text, before normalization lowers it.
 */

const WORD_RE = /[#@]?[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END_RE = /[.!?:"“”]\s*$/u;

export function entityWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0];
    const first = word.charAt(0);
    if (first === '#' || first === '@') {
      out.push(word.slice(1));
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const startsSentence = m.index === 0 || SENTENCE_END_RE.test(before) || /\n\s*$/u.test(before);
    const allCaps = word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word.slice(1));
    if (!startsSentence || allCaps) out.push(word);
  }
  return out;
}
