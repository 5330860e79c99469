import type { StoredClaim } from '../ports.ts';

/** Claims people asked about that are "the same rumour", as one line of the curator's to-do list. */
export interface ClaimCluster {
  count: number;
  /** Most frequent first. */
  languages: string[];
  firstSeen: Date;
  lastSeen: Date;
  /** The wording asked most often (the most recent on a tie). */
  example: string;
  /** How many came through "Send to curators" rather than an unanswered check. */
  submissions: number;
}

/**
 * Dice similarity over character trigrams at or above which two claims share a cluster. Chosen on
 * CheckThat 2020 train (tweets about the same verified claim as "same rumour"): 0.45 keeps pair
 * precision near 0.96; merging different rumours would hide one of them from curators.
 */
export const DEFAULT_SIMILARITY = 0.45;
/** Trigrams shared by more clusters than this are too common to find candidates with. */
const MAX_POSTING = 50;
/** Clusters scored exactly per claim. */
const MAX_CANDIDATES = 8;

/** Case, width, URLs, mentions and punctuation do not make a claim different. */
export function normalizeForClustering(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Character trigrams work across scripts (Japanese has no spaces) and survive typos. */
function trigrams(normalized: string): Set<string> {
  const padded = ` ${normalized} `;
  const grams = new Set<string>();
  const chars = [...padded];
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  if (grams.size === 0 && normalized) grams.add(normalized);
  return grams;
}

interface Building<T> {
  grams: Set<string>;
  claims: T[];
}

/**
 * Greedy single-pass clustering, oldest claim first: each claim joins the cluster whose first
 * claim it resembles most (Dice ≥ threshold) or starts a new one. An inverted index over the
 * rarer trigrams finds the candidates, so the cost grows about linearly with the claims.
 */
export function clusterClaims(claims: readonly StoredClaim[], threshold = DEFAULT_SIMILARITY): ClaimCluster[] {
  return groupClaims(claims, threshold)
    .map(summarize)
    .sort((a, b) => b.count - a.count || +b.lastSeen - +a.lastSeen);
}

/** The grouping alone: each group's claims, oldest first. */
export function groupClaims<T extends Pick<StoredClaim, 'text' | 'at'>>(claims: readonly T[], threshold = DEFAULT_SIMILARITY): T[][] {
  const clusters: Building<T>[] = [];
  const postings = new Map<string, number[]>();
  let counts = new Int32Array(64); // rare trigrams shared with each cluster, reset per claim
  const oldestFirst = [...claims].sort((a, b) => +a.at - +b.at);
  for (const claim of oldestFirst) {
    const grams = trigrams(normalizeForClustering(claim.text));
    // Candidates: the clusters sharing the most of this claim's rarer trigrams ("the", " th"
    // would touch every cluster). Only those few get the exact score over every trigram.
    if (counts.length < clusters.length) counts = new Int32Array(clusters.length * 2);
    const touched: number[] = [];
    for (const g of grams) {
      const ids = postings.get(g);
      if (!ids || ids.length > MAX_POSTING) continue;
      for (const id of ids) if (counts[id]!++ === 0) touched.push(id);
    }
    const candidates = touched.sort((a, b) => counts[b]! - counts[a]!).slice(0, MAX_CANDIDATES);
    for (const id of touched) counts[id] = 0;
    let best = -1;
    let bestScore = threshold;
    for (const id of candidates) {
      const other = clusters[id]!.grams;
      let shared = 0;
      for (const g of grams) if (other.has(g)) shared++;
      const score = (2 * shared) / (grams.size + other.size);
      if (score >= bestScore) [best, bestScore] = [id, score];
    }
    if (best >= 0) {
      clusters[best]!.claims.push(claim);
      continue;
    }
    const id = clusters.push({ grams, claims: [claim] }) - 1;
    for (const g of grams) (postings.get(g) ?? postings.set(g, []).get(g)!).push(id);
  }
  return clusters.map((c) => c.claims);
}

function summarize(claims: StoredClaim[]): ClaimCluster {
  const langs = new Map<string, number>();
  const wordings = new Map<string, { text: string; n: number; last: number }>();
  for (const c of claims) {
    langs.set(c.lang, (langs.get(c.lang) ?? 0) + 1);
    const key = normalizeForClustering(c.text);
    const w = wordings.get(key) ?? { text: c.text, n: 0, last: 0 };
    wordings.set(key, { text: +c.at >= w.last ? c.text : w.text, n: w.n + 1, last: Math.max(w.last, +c.at) });
  }
  const example = [...wordings.values()].sort((a, b) => b.n - a.n || b.last - a.last)[0]!.text;
  return {
    count: claims.length,
    languages: [...langs].sort((a, b) => b[1] - a[1]).map(([l]) => l),
    firstSeen: claims[0]!.at,
    lastSeen: claims.at(-1)!.at,
    example,
    submissions: claims.filter((c) => c.kind === 'submission').length,
  };
}
