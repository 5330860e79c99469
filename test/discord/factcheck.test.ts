import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unescapeMarkdown } from '../../src/render/discord/index.ts';
import { DEFAULT_THRESHOLDS } from '../../src/core/match/decide.ts';
import { bundledKb, buttonIds, linkUrls, messageText, startBot, type RunningBot } from './setup.ts';

const RUMOUR = 'they flipped the votes with the machines';
const CORRECTION = 'the machines did not flip any votes';
const VAGUE = 'something about ballots and emails';
const ENTRY = 'voting-machines-flipped-votes';

/** A confidence the given fraction of the way from the suggest threshold to the match threshold. */
function suggestBand(fraction: number): number {
  return DEFAULT_THRESHOLDS.suggest + fraction * (DEFAULT_THRESHOLDS.match - DEFAULT_THRESHOLDS.suggest);
}

describe('/factcheck through discord.js against the emulator', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({
      script: {
        [RUMOUR]: [{ id: ENTRY, confidence: 0.95, stance: 'repeats' }],
        [CORRECTION]: [{ id: ENTRY, confidence: 0.95, stance: 'contradicts' }],
        [VAGUE]: [
          // Inside the suggest band whatever today's trained thresholds are.
          { id: 'proud-boys-threat-emails', confidence: suggestBand(0.6) },
          { id: 'mail-in-ballot-fraud', confidence: suggestBand(0.5) },
          { id: 'ballots-found-in-dumpsters', confidence: suggestBand(0.4) },
        ],
      },
    });
  });
  afterAll(async () => bot.close());

  it('answers a known rumour privately with a verdict card: colour, quotes, sources, share and feedback', async () => {
    const entry = (await bundledKb()).get(ENTRY)!;
    const handle = bot.emulator.slash('factcheck', { claim: RUMOUR });
    const shown = await handle.shown();
    const embed = (shown.message.embeds as Record<string, unknown>[])[0]!;
    expect(shown.ephemeral).toBe(true);
    expect(handle.record.callbacks[0]?.type).toBe(5); // deferred first: the 3 s deadline is never at risk
    expect(embed.title).toContain('False');
    expect(embed.color).toBe(0xd83c3e);
    expect(embed.description).toContain(entry.summary.en.slice(0, 40));
    const fields = embed.fields as { name: string; value: string }[];
    const names = fields.map((f) => unescapeMarkdown(f.name));
    expect(fields.length).toBe(entry.statements.length);
    for (const s of entry.statements) expect(names.some((n) => n.includes(s.speaker) && n.includes(s.org))).toBe(true);
    expect(linkUrls(shown.message)).toContain(entry.statements[0]!.url);
    expect(buttonIds(shown.message)).toEqual([`share:${ENTRY}:en`, `fb:up:${ENTRY}`, `fb:down:${ENTRY}`]);
    expect(bot.emulator.mentionRisks).toEqual([]);
  });

  it('answers in the user\'s locale (es-ES): Spanish summary and labels', async () => {
    const entry = (await bundledKb()).get(ENTRY)!;
    const shown = await bot.emulator.slash('factcheck', { claim: RUMOUR }, { locale: 'es-ES' }).shown();
    const text = messageText(shown.message);
    expect(text).toContain('Falso');
    expect(text).toContain('Compartir en el canal');
    if (entry.summary.es) expect(text).toContain(entry.summary.es.slice(0, 30));
  });

  it('never stamps "False" on a user who states the correction', async () => {
    const shown = await bot.emulator.slash('factcheck', { claim: CORRECTION }).shown();
    const embed = (shown.message.embeds as Record<string, unknown>[])[0]!;
    expect(embed.title).not.toMatch(/False/);
    expect(embed.title).toContain('Consistent with official statements');
    expect(embed.color).not.toBe(0xd83c3e);
  });

  it('posts publicly with public:true, without a share button', async () => {
    const shown = await bot.emulator.slash('factcheck', { claim: RUMOUR, public: true }).shown();
    expect(shown.ephemeral).toBe(false);
    expect(buttonIds(shown.message).some((id) => id.startsWith('share:'))).toBe(false);
  });

  it('offers up to 3 candidates in a menu; picking one shows its card; the claim is kept for curators', async () => {
    const before = bot.store.unmatched.length;
    const menu = await bot.emulator.slash('factcheck', { claim: VAGUE }).reply();
    const rows = menu.components as { components: { type: number; custom_id: string; options?: { value: string }[] }[] }[];
    const select = rows[0]!.components[0]!;
    expect(select.type).toBe(3);
    expect(select.options?.map((o) => o.value)).toEqual(['proud-boys-threat-emails', 'mail-in-ballot-fraud', 'ballots-found-in-dumpsters']);
    await bot.emulator.waitFor(() => bot.store.unmatched.length > before || undefined, 'the suggest outcome recorded');
    expect(bot.store.unmatched.at(-1)).toMatchObject({ text: VAGUE, outcome: 'suggest', origin: { platform: 'discord' } });
    const picked = await bot.emulator.select(menu, select.custom_id, ['mail-in-ballot-fraud']).shown();
    expect(picked.how).toBe('update');
    expect(buttonIds(picked.message)).toContain('share:mail-in-ballot-fraud:en');
  });

  it('says clearly when nothing matches, cites no source, and sends the claim to curators on request', async () => {
    const claim = 'the moon landing changed the county budget forever';
    const shown = await bot.emulator.slash('factcheck', { claim }).shown();
    const text = messageText(shown.message);
    expect(text).toContain('No official statement matches this');
    expect(linkUrls(shown.message)).toEqual([]);
    expect(text).not.toMatch(/https?:\/\//);
    expect(buttonIds(shown.message)).toEqual(['submit:en']);
    await bot.emulator.waitFor(() => bot.store.unmatched.some((u) => u.text === claim) || undefined, 'the unmatched claim recorded');
    const thanks = await bot.emulator.button(shown.message, 'submit:en').reply();
    expect(thanks.content).toContain('curators');
    expect(bot.store.submissions.at(-1)).toMatchObject({ text: claim, lang: 'en', origin: { platform: 'discord', userId: expect.any(String) } });
  });
});
