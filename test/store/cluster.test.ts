import { describe, expect, it } from 'vitest';
import type { StoredClaim } from '../../src/store/ports.ts';
import { clusterClaims } from '../../src/store/review/cluster.ts';

let minute = 0;
const claim = (text: string, lang: StoredClaim['lang'] = 'en', kind: StoredClaim['kind'] = 'unmatched'): StoredClaim => ({
  kind,
  text,
  lang,
  outcome: kind === 'unmatched' ? 'none' : null,
  platform: 'telegram',
  chatType: 'private',
  at: new Date(Date.UTC(2026, 10, 1, 0, minute++)),
});

describe('clustering unanswered claims for review', () => {
  it('groups rewordings of one rumour and keeps different rumours apart, most asked first', () => {
    const claims = [
      claim('Dominion machines deleted millions of votes'),
      claim('Mail-in ballots were counted twice in Arizona'),
      claim('dominion machines DELETED millions of votes!!! https://t.co/xyz'),
      claim('Dominion voting machines deleted 2 million votes'),
      claim('dominion machines deleted millions of votes', 'en', 'submission'),
      claim('Las máquinas Dominion borraron millones de votos', 'es'),
      claim('Dead people voted in Georgia'),
      claim('mail in ballots counted twice in arizona'),
    ];
    const clusters = clusterClaims(claims);
    expect(clusters.map((c) => c.count)).toEqual([4, 2, 1, 1]);
    const [dominion, mail] = clusters;
    expect(dominion).toMatchObject({
      example: 'dominion machines deleted millions of votes', // most asked wording, latest form
      languages: ['en'],
      submissions: 1,
      firstSeen: claims[0]!.at,
      lastSeen: claims[4]!.at,
    });
    expect(mail?.example).toMatch(/arizona/i);
  });

  it('clusters Japanese text (no spaces) and mixes languages into one list', () => {
    const clusters = clusterClaims([
      claim('投票機が票を書き換えた', 'ja'),
      claim('投票機が票を書き換えたらしい', 'ja'),
      claim('郵便投票は不正だ', 'ja'),
    ]);
    expect(clusters.map((c) => c.count)).toEqual([2, 1]);
    expect(clusters[0]?.languages).toEqual(['ja']);
  });

  it('handles empty input, empty text and emoji-only text without throwing', () => {
    expect(clusterClaims([])).toEqual([]);
    const clusters = clusterClaims([claim(''), claim('🗳️🗳️'), claim('!!!')]);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('ten thousand claims cluster without quadratic blow-up', () => {
    const topics = Array.from({ length: 500 }, (_, i) => `rumour number ${i} about ballots in county ${i * 7}`);
    const claims = Array.from({ length: 10_000 }, (_, i) => claim(`${topics[i % 500]} ${i % 3 ? '' : 'really'}`));
    const clusters = clusterClaims(claims);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(10_000);
    expect(clusters.length).toBeLessThanOrEqual(1_000);
  });
});
