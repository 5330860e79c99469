import { describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { computeStats, daysBetween, formatStats } from '../../src/kb/stats.ts';
import { FIXTURES } from './temp-kb.ts';

describe('kb stats', () => {
  it('counts verdicts, languages, statements per organisation and stale reviews', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const stats = computeStats(kb.entries, '2026-11-25');
    expect(stats).toMatchObject({ total: 3, published: 2, drafts: 1 });
    expect(stats.byVerdict).toEqual({ false: 1, misleading: 1, unsupported: 1, 'true-with-context': 0, true: 0 });
    expect(stats.languages.es).toEqual({ summaries: 1, phrasings: 1 });
    expect(stats.languages.ja).toEqual({ summaries: 0, phrasings: 0 });
    expect(stats.statementsByOrg[0]).toEqual({ org: 'Example County', statements: 2 });
    expect(stats.stale).toEqual([{ id: 'voting-machines-switched-votes', reviewed: '2026-01-15', days: 314 }]);
    expect(formatStats(stats)).toMatch(/voting-machines-switched-votes: reviewed 2026-01-15 \(314 days ago\)/);
  });

  it('does not call a review exactly 180 days old stale', async () => {
    const kb = await loadKnowledgeDir(FIXTURES);
    const today = '2026-07-14';
    expect(daysBetween('2026-01-15', today)).toBe(180);
    expect(computeStats(kb.entries, today).stale).toEqual([]);
  });
});
