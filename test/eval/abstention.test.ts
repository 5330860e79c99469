import { describe, expect, it } from 'vitest';
import type { RankResult } from '../../src/core/match/types.ts';
import { abstentionView, claimKey } from '../../src/eval/abstention.ts';
import type { QueryOutcome } from '../../src/eval/evaluate.ts';

const result = (...hits: [string, number][]): RankResult => ({
  lang: 'en',
  hits: hits.map(([id, confidence]) => ({ id, score: confidence, confidence, stance: 'unclear' })),
  queryTokens: 4,
  truncated: false,
});

const outcome = (id: string, ranked: RankResult, rankedWithoutGold: RankResult): QueryOutcome => ({
  query: { id, text: id },
  ranked,
  ms: 0,
  rankedWithoutGold,
});

/** Fixed here so the expected tiers do not move when the matcher's tuned defaults do. */
const thresholds = { match: 0.6, suggest: 0.25, minTokensForMatch: 2 };

describe('abstentionView', () => {
  const claims = new Map([
    ['gold-a', 'Trump "crashed" a wedding.'],
    ['copy-a', "trump 'crashed' a wedding"],
    ['gold-b', 'Bricks of cocaine washed ashore.'],
    ['other', 'A video shows a hurricane.'],
  ]);
  const qrels = new Map([
    ['qa', new Set(['gold-a'])],
    ['qb', new Set(['gold-b'])],
  ]);
  const outcomes = [
    outcome('qa', result(['gold-a', 0.95]), result(['copy-a', 0.9])),
    outcome('qb', result(['gold-b', 0.4]), result(['other', 0.7])),
  ];

  it('separates answers that hit a duplicate of the gold claim from confident wrong answers', () => {
    const view = abstentionView(outcomes, qrels, { thresholds, claimOf: (id) => claims.get(id) });
    expect(view.withGold).toEqual({ match: 0.5, suggest: 0.5, none: 0 });
    expect(view.matchPrecision).toBe(1);
    expect(view.goldRemoved.match).toBe(1);
    expect(view.goldRemovedDuplicateMatch).toBe(0.5);
  });

  it('counts no duplicates when claim texts are unknown', () => {
    expect(abstentionView(outcomes, qrels, { thresholds }).goldRemovedDuplicateMatch).toBe(0);
  });

  it('never lets a gold doc through even if the matcher ignored `exclude`', () => {
    const leaky = [outcome('qa', result(['gold-a', 0.95]), result(['gold-a', 0.95], ['other', 0.1]))];
    expect(abstentionView(leaky, qrels, { thresholds }).goldRemoved).toEqual({ match: 0, suggest: 0, none: 1 });
  });

  it('claimKey ignores case, quote style and punctuation', () => {
    expect(claimKey('Trump "crashed" a wedding.')).toBe(claimKey("trump 'crashed' a  wedding"));
  });
});
