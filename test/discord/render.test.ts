import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, entrySchema, type Entry } from '../../src/core/knowledge/schema.ts';
import { cardFor, entryCard } from '../../src/render/model.ts';
import { decodeCustomId, encodeCustomId, escapeMarkdown, renderDiscordCard, unescapeMarkdown } from '../../src/render/discord/index.ts';
import { checkMessage } from '../emulators/discord/index.ts';
import { bundledKb } from './setup.ts';

const STANCES = ['repeats', 'contradicts', 'unclear'] as const;

function huge(base: Entry, size: number, statements: number): Entry {
  const long = (s: string) => (s + ' **@everyone** <@&1> ').repeat(Math.ceil(size / (s.length + 20))).slice(0, size);
  return entrySchema.parse({
    ...base,
    claim: long(base.claim),
    summary: { en: long(base.summary.en), es: long(base.summary.en), ja: long('公式発表 ') },
    statements: Array.from({ length: statements }, (_, i) => ({
      ...base.statements[0]!,
      speaker: long(`Speaker ${i}`).slice(0, 400),
      org: long('Org').slice(0, 300),
      quote: long(base.statements[0]!.quote),
      url: `https://example.org/${'p'.repeat(600)}/${i}`,
    })),
  });
}

describe('Discord card rendering stays within Discord limits', () => {
  it('renders every bundled entry, in every locale and stance, without a limit violation', async () => {
    const kb = await bundledKb();
    for (const entry of kb.served) {
      for (const locale of LOCALES) {
        for (const stance of STANCES) {
          const card = renderDiscordCard(entryCard(entry, locale, stance), { shareable: true });
          expect(checkMessage(card), `${entry.id} ${locale} ${stance}`).toEqual([]);
        }
      }
    }
  });

  it('fits oversized entries, long echoes and many statements (property)', async () => {
    const base = (await bundledKb()).served[0]!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(...LOCALES), fc.string({ maxLength: 7000 }), (size, statements, locale, echo) => {
        const entry = huge(base, size, statements);
        const match = renderDiscordCard(entryCard(entry, locale), { shareable: true, sharedBy: '123456789012345678' });
        const none = renderDiscordCard(cardFor({ outcome: 'none', reason: 'low-confidence', lang: locale, truncated: true }), { shareable: true, echo });
        const suggest = renderDiscordCard(cardFor({ outcome: 'suggest', candidates: [1, 2, 3].map(() => ({ entry, confidence: 0.4 })), lang: locale, truncated: false }), { shareable: true, echo });
        expect(checkMessage(match)).toEqual([]);
        expect(checkMessage(none)).toEqual([]);
        expect(checkMessage(suggest)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('Discord markdown escaping and custom_ids', () => {
  it('escapes reversibly and leaves no markdown active', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeMarkdown(s);
        expect(unescapeMarkdown(escaped)).toBe(s);
        expect(escaped.replace(/\\./g, '')).not.toMatch(/[*_~`|>#<@[\]()\\-]/);
      }),
    );
  });

  it('round-trips every action and refuses ids over 100 characters', () => {
    const actions = [
      { action: 'share', entryId: 'voting-machines-flipped-votes', locale: 'ja' },
      { action: 'feedback', vote: 'down', entryId: 'a-b' },
      { action: 'pick', locale: 'es' },
      { action: 'submit', locale: 'en' },
    ] as const;
    for (const a of actions) expect(decodeCustomId(encodeCustomId(a)!)).toEqual(a);
    expect(encodeCustomId({ action: 'share', entryId: 'x'.repeat(95), locale: 'en' })).toBeUndefined();
    expect(decodeCustomId('share:../../etc:en')).toBeUndefined();
    expect(decodeCustomId('fb:maybe:x')).toBeUndefined();
  });

  it('omits the share button (never breaks the message) when an entry id is too long for a custom_id', async () => {
    const base = (await bundledKb()).served[0]!;
    const entry = entrySchema.parse({ ...base, id: `long-${'x'.repeat(95)}` });
    const card = renderDiscordCard(entryCard(entry, 'en'), { shareable: true });
    expect(checkMessage(card)).toEqual([]);
    expect(JSON.stringify(card.components)).not.toContain('share:');
  });
});
