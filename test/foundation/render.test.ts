import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/knowledge/schema.ts';
import { entrySchema } from '../../src/core/knowledge/schema.ts';
import { cardFor, entryCard, formatDate } from '../../src/render/model.ts';
import { renderText } from '../../src/render/text.ts';

function entry(overrides: Partial<Entry> = {}): Entry {
  return entrySchema.parse({
    id: 'mail-fraud',
    claim: 'Mail-in ballots are full of fraud',
    verdict: 'false',
    summary: { en: 'Officials found no widespread fraud.', es: 'No hubo fraude generalizado.' },
    phrasings: { en: ['mail ballots are rigged'] },
    statements: [
      { speaker: 'A Reporter', org: 'News', date: '2020-11-01', quote: 'Secondary quote.', url: 'https://news.example.com/a', verification: 'secondary' },
      { speaker: 'Jane Official', role: 'Director', org: 'CISA', date: '2020-11-12', quote: 'Primary quote.', url: 'https://cisa.gov/x', verification: 'primary' },
    ],
    reviewed: '2026-11-25',
    ...overrides,
  });
}

describe('card wording follows stance, so a true statement is never stamped "False"', () => {
  it('states the verdict when the user repeats the rumour', () => {
    const text = renderText(entryCard(entry(), 'en', 'repeats'));
    expect(text.split('\n')[0]).toBe('Verdict: False');
  });

  it('tells a user who stated the accurate version that it matches official statements', () => {
    const text = renderText(entryCard(entry(), 'en', 'contradicts'));
    expect(text.split('\n')[0]).toBe('Consistent with official statements');
    expect(text).not.toMatch(/^Verdict: False/m);
  });

  it('tells a user who denies a true claim that officials say otherwise', () => {
    const text = renderText(entryCard(entry({ verdict: 'true-with-context' }), 'en', 'contradicts'));
    expect(text.split('\n')[0]).toBe('At odds with official statements');
  });

  it('speaks Spanish and Japanese, with the summary in that language', () => {
    expect(renderText(entryCard(entry(), 'es', 'repeats'))).toMatch(/^Veredicto: Falso[\s\S]*No hubo fraude generalizado/);
    expect(renderText(entryCard(entry(), 'ja', 'contradicts')).split('\n')[0]).toBe('公式発表と一致しています');
    // No Japanese summary: English is the fallback rather than nothing.
    expect(renderText(entryCard(entry(), 'ja', 'repeats'))).toContain('Officials found no widespread fraud.');
  });
});

describe('statements', () => {
  it('quotes primary sources before secondary ones, with attribution, date and link', () => {
    const text = renderText(entryCard(entry(), 'en'));
    expect(text.indexOf('Primary quote.')).toBeLessThan(text.indexOf('Secondary quote.'));
    expect(text).toContain('— Jane Official, Director, CISA · Nov 12, 2020');
    expect(text).toContain('Source: https://cisa.gov/x');
    expect(text).toMatch(/News · Nov 1, 2020 \(quoted by a secondary source\)/);
  });

  it('formats dates per locale without shifting the day across time zones', () => {
    expect(formatDate('en', '2020-10-21')).toBe('Oct 21, 2020');
    expect(formatDate('ja', '2020-10-21')).toBe('2020年10月21日');
  });

  it('strips terminal control sequences from knowledge-base text', () => {
    const text = renderText(entryCard(entry({ claim: 'Evil \u001b[31mred\u001b[0m claim\u0007' }), 'en'));
    expect(text).toContain('Evil red claim');
    expect(text).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('no match', () => {
  it('says no official statement matched, gives advice, and cites nothing', () => {
    const text = renderText(cardFor({ outcome: 'none', reason: 'low-confidence', lang: 'en', truncated: false }));
    expect(text).toMatch(/^No official statement matches this/);
    expect(text).toMatch(/election office/);
    expect(text).not.toMatch(/https?:/);
  });
});
