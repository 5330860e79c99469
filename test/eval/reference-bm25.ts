import type { MatchDocument, MatcherFactory, RankedHit } from '../../src/core/match/types.ts';

const tokens = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * The plain BM25 the data README measured (k1 1.2, b 0.75, lower-cased alphanumeric tokens, no
 * stemming or stop words, document = vclaim + title, query = whole tweet), as a Matcher, so the
 * eval pipeline can be checked against the README's published reference numbers.
 */
export function referenceBm25(options: { distinctQueryTerms: boolean }): MatcherFactory {
  return (docs: readonly MatchDocument[]) => {
    const k1 = 1.2;
    const b = 0.75;
    const postings = new Map<string, [number, number][]>();
    const lengths = docs.map((d, i) => {
      const tf = new Map<string, number>();
      const words = tokens([d.claim, ...d.phrasings].join(' '));
      for (const t of words) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, f] of tf) {
        const list = postings.get(t) ?? [];
        list.push([i, f]);
        postings.set(t, list);
      }
      return words.length;
    });
    const avgdl = lengths.reduce((a, x) => a + x, 0) / Math.max(1, docs.length);
    return {
      rank: (text, opts) => {
        const q = tokens(text);
        const scores = new Float64Array(docs.length);
        const touched: number[] = [];
        for (const t of options.distinctQueryTerms ? new Set(q) : q) {
          const list = postings.get(t) ?? [];
          const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
          for (const [i, f] of list) {
            if (scores[i] === 0) touched.push(i);
            const norm = f + k1 * (1 - b + (b * (lengths[i] ?? 0)) / avgdl);
            scores[i] = (scores[i] ?? 0) + (idf * f * (k1 + 1)) / norm;
          }
        }
        const hits: RankedHit[] = touched
          .sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0))
          .slice(0, opts?.limit ?? 5)
          .map((i) => ({ id: docs[i]?.id ?? '', score: scores[i] ?? 0, confidence: 0, stance: 'unclear' }));
        return { lang: 'en', hits, queryTokens: q.length, truncated: false };
      },
    };
  };
}
