import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { LOCALES, type Entry } from '../../src/core/knowledge/schema.ts';
import { cardFor, entryCard, type Card } from '../../src/render/model.ts';
import { cardKeyboard, decodeAction, encodeAction, entryRef, renderCardHtml, resolveEntryRef } from '../../src/render/telegram/index.ts';
import { parseTelegramHtml } from '../emulators/telegram/index.ts';
import { bundledKb } from './setup.ts';

/** What Telegram would show: throws on invalid HTML, like the Bot API. */
function shown(html: string) {
  const parsed = parseTelegramHtml(html);
  expect(parsed.text.length).toBeLessThanOrEqual(4096);
  return parsed;
}

const STANCES = ['repeats', 'contradicts', 'unclear'] as const;

describe('Telegram verdict card', () => {
  it('renders every bundled entry, in every locale and stance, as valid HTML with every source linked', async () => {
    const kb = await bundledKb();
    for (const entry of kb.served) {
      for (const locale of LOCALES) {
        for (const stance of STANCES) {
          for (const expanded of [false, true]) {
            const card = entryCard(entry, locale, stance);
            const parsed = shown(renderCardHtml(card, { expanded }));
            const links = parsed.entities.flatMap((e) => (e.type === 'text_link' ? [e.url] : []));
            expect(links).toEqual(expect.arrayContaining(entry.statements.map((s) => s.url)));
            for (const button of cardKeyboard(card, { expanded, stance })!.inline_keyboard.flat()) {
              if ('callback_data' in button && button.callback_data) expect(decodeAction(button.callback_data)).toBeDefined();
            }
          }
        }
      }
    }
  });

  it('shows the user-stated correction as agreement, never as the verdict', async () => {
    const kb = await bundledKb();
    const falseEntry = kb.served.find((e) => e.verdict === 'false')!;
    const { text } = shown(renderCardHtml(entryCard(falseEntry, 'en', 'contradicts')));
    expect(text.split('\n')[0]).toBe('✅ Consistent with official statements');
  });

  it('stays valid and within 4096 characters whatever the strings contain', () => {
    const nasty = fc.oneof(fc.string({ maxLength: 3000 }), fc.constantFrom('<b>&', '</i>', '&amp', '"><a href=x>', '@everyone', '😀'.repeat(900)));
    fc.assert(
      fc.property(nasty, nasty, nasty, fc.integer({ min: 1, max: 12 }), (claim, quote, speaker, count) => {
        const statement = { speaker: speaker || 'x', org: `${speaker}org`, date: '2020-11-12', quote: quote || 'q', url: 'https://example.gov/a?b=1&c=<2>', verification: 'primary' as const };
        const entry: Entry = {
          id: 'e',
          claim: claim || 'c',
          verdict: 'false',
          status: 'published',
          summary: { en: quote || 's' },
          phrasings: { en: ['p'] },
          statements: Array.from({ length: count }, () => statement),
          topics: [],
          reviewed: '2026-01-01',
        };
        const cards: Card[] = [
          entryCard(entry, 'en', 'repeats'),
          cardFor({ outcome: 'suggest', candidates: [{ entry, confidence: 0.4 }], lang: 'ja', truncated: true }),
          cardFor({ outcome: 'none', reason: 'low-confidence', lang: 'es', truncated: false }),
        ];
        for (const card of cards) {
          shown(renderCardHtml(card));
          shown(renderCardHtml(card, { expanded: true }));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('Telegram callback data', () => {
  it('fits 64 bytes and round-trips for every bundled entry', async () => {
    const kb = await bundledKb();
    for (const entry of kb.entries) {
      const ref = entryRef(entry.id);
      for (const data of [
        encodeAction({ kind: 'sources', expand: true, locale: 'ja', stance: 'contradicts', ref }),
        encodeAction({ kind: 'feedback', vote: 'down', ref }),
        encodeAction({ kind: 'pick', locale: 'es', ref }),
      ]) {
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
        const action = decodeAction(data);
        expect(action && 'ref' in action ? resolveEntryRef(kb, action.ref)?.id : undefined).toBe(entry.id);
      }
    }
  });

  it('replaces a long entry id by a stable hash that a fresh knowledge base resolves', async () => {
    const base = (await bundledKb()).served[0]!;
    const long = { ...base, id: `${'very-long-entry-id-'.repeat(4)}x` };
    const ref = entryRef(long.id);
    expect(ref).toMatch(/^#/);
    const data = encodeAction({ kind: 'sources', expand: false, locale: 'en', stance: 'repeats', ref });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    // A restart builds a new KnowledgeBase: the same data still finds the entry.
    expect(resolveEntryRef(new KnowledgeBase([long]), ref)?.id).toBe(long.id);
  });

  it('rejects data it did not write', () => {
    for (const data of ['', 's1:fr:r:x', 'p:en:../etc', 'f:x:id', 'l:de', 'x'.repeat(64)]) expect(decodeAction(data)).toBeUndefined();
  });
});
