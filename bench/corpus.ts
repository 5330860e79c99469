import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchDocument } from '../src/core/match/types.ts';
import { parseQrels, type Qrels } from '../src/eval/qrels.ts';
import { parseQueriesTsv, type EvalQuery } from '../src/eval/queries.ts';
import { parseVclaimsJsonl, parseVclaimsTsv } from '../src/eval/vclaims.ts';

/** Where the CheckThat folders live (see /work/shared/data READMEs); train/dev only. */
export interface DataPaths {
  root: string;
}

const read = (p: DataPaths, rel: string): string => readFileSync(join(p.root, rel), 'utf8');

/** CheckThat 2020 Task 2 dev: the quality benchmark (10,375 vclaims, 197 tweets). */
export function loadQualitySet(p: DataPaths): { docs: MatchDocument[]; queries: EvalQuery[]; qrels: Qrels } {
  return {
    docs: parseVclaimsTsv(read(p, 'checkthat2020-task2/verified_claims.docs.tsv')),
    queries: parseQueriesTsv(read(p, 'checkthat2020-task2/dev/tweets.queries.tsv')),
    qrels: parseQrels(read(p, 'checkthat2020-task2/dev/tweet-vclaim-pairs.qrels')),
  };
}

/** Speed queries: the 2020 train + dev tweets (real user-style text, 997 of them). */
export function loadSpeedQueries(p: DataPaths): EvalQuery[] {
  return ['train', 'dev'].flatMap((s) => parseQueriesTsv(read(p, `checkthat2020-task2/${s}/tweets.queries.tsv`)));
}

/** Small seeded PRNG (mulberry32) so every child process builds the identical corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Real claims from the 2020 and 2022 collections, deduplicated by normalized claim text. */
export function loadRealClaims(p: DataPaths): MatchDocument[] {
  const v20 = parseVclaimsTsv(read(p, 'checkthat2020-task2/verified_claims.docs.tsv')).map((d) => ({ ...d, id: `ct20-${d.id}` }));
  const v22 = parseVclaimsJsonl(read(p, 'checkthat2022-task2a-en/vclaims.jsonl')).map((d) => ({ ...d, id: `ct22-${d.id}` }));
  const seen = new Set<string>();
  const unique = [...v20, ...v22].filter((d) => {
    const key = d.claim.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return shuffled(unique, prng(2020));
}

function halves(text: string): [string[], string[]] {
  const words = text.split(/\s+/).filter(Boolean);
  const mid = Math.ceil(words.length / 2);
  return [words.slice(0, mid), words.slice(mid)];
}

/**
 * SYNTHETIC documents: the first half of one real claim joined to the second half of another
 * (titles likewise). They look like claims to a lexical index but are not real fact-checks.
 */
export function syntheticClaims(real: readonly MatchDocument[], count: number): MatchDocument[] {
  const random = prng(100_000);
  const pick = (): MatchDocument => real[Math.floor(random() * real.length)] as MatchDocument;
  return Array.from({ length: count }, (_, i) => {
    const a = pick();
    const b = pick();
    const title = [...halves(a.phrasings[0] ?? '')[0], ...halves(b.phrasings[0] ?? '')[1]].join(' ');
    return {
      id: `synthetic-${i}`,
      claim: [...halves(a.claim)[0], ...halves(b.claim)[1]].join(' '),
      phrasings: title ? [title] : [],
      corrections: [],
      quotes: [],
    };
  });
}

/** A knowledge base of exactly `size` documents: real claims first, synthetic ones to fill up. */
export function corpusOfSize(real: readonly MatchDocument[], size: number): { docs: MatchDocument[]; real: number; synthetic: number } {
  const realPart = real.slice(0, size);
  const synthetic = syntheticClaims(real, Math.max(0, size - realPart.length));
  return { docs: [...realPart, ...synthetic], real: realPart.length, synthetic: synthetic.length };
}
