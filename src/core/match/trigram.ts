/**
 * Character trigrams: a spelling-level similarity that survives typos, missing accents and
 * word-boundary differences ("mailin" vs "mail in"). Used for typo tolerance over the
 * vocabulary (fuzzy.ts) and as a reranker feature over whole passages.
 */

/** Distinct trigrams of `text` padded with spaces ("vote" → " vo", "vot", "ote", "te "). */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text.replace(/\s+/gu, ' ').trim()} `;
  const out = new Set<string>();
  if (!/[\uD800-\uDFFF]/.test(padded)) {
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
    return out;
  }
  const chars = Array.from(padded);
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

/** Dice coefficient of two trigram sets, in [0, 1]. */
export function diceOf(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Share of `a`'s trigrams also in `b`, in [0, 1] (how much of a passage the query contains). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / a.size;
}
