/**
 * Character trigrams: a spelling-level similarity that survives typos, missing accents and
 * word-boundary differences ("mailin" vs "mail in"). Used for typo tolerance over the
 * vocabulary (fuzzy.ts) and, hashed to integers, as reranker features over whole passages.
 */

/** Distinct trigrams of `text` padded with spaces ("vote" → " vo", "vot", "ote", "te "). */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text.replace(/\s+/gu, ' ').trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Letters and digits only: quote marks and punctuation say nothing about the claim. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Distinct hashed trigrams (UTF-16 code units) of the letters of `text`, sorted. */
export function trigramHashes(text: string): Int32Array {
  const padded = ` ${letters(text)} `;
  const all = new Int32Array(Math.max(0, padded.length - 2));
  for (let i = 0; i < all.length; i++) {
    all[i] = Math.imul(Math.imul(padded.charCodeAt(i), 65_599) + padded.charCodeAt(i + 1), 65_599) + padded.charCodeAt(i + 2);
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i] ?? 0;
  return all.slice(0, n);
}

/** Number of hashes of `a` that are in `b`. */
export function sharedCount(a: Int32Array, b: ReadonlySet<number>): number {
  let n = 0;
  for (const h of a) if (b.has(h)) n++;
  return n;
}
