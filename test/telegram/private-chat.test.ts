import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramEmulator } from '../emulators/telegram/index.ts';
import { buttonsOf, CLAIMS, linksIn, privateUser, say, startBotUnderTest, type BotUnderTest } from './setup.ts';

describe('Telegram bot in a private chat', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest();
  });
  afterAll(() => bot.close());

  it('registers its command menus (private and groups) in English (default), Spanish and Japanese', () => {
    const names = (lang: string) => bot.emu.commands(lang)?.map((c) => c.command);
    expect(names('')).toEqual(['start', 'check', 'help', 'lang']);
    expect(names('es')).toEqual(['start', 'check', 'help', 'lang']);
    expect(bot.emu.commands('es')?.[0]?.description).toBe('Qué hace este bot');
    expect(bot.emu.commands('ja')?.[0]?.description).toBe('このボットについて');
    expect(bot.emu.commands('', 'all_group_chats')?.map((c) => c.command)).toEqual(['check', 'help']);
    expect(bot.emu.commands('es', 'all_group_chats')?.[0]?.description).toMatch(/^Verificar/);
  });

  it('greets on /start in the client language and explains /help', async () => {
    const { user, chat } = privateUser(bot.emu, { language_code: 'es' });
    const { reply } = await say(bot.emu, chat, user, '/start');
    expect(reply.text).toContain('¡Hola!');
    const help = await say(bot.emu, chat, user, '/help');
    expect(help.reply.text).toContain('/check');
    expect(help.reply.text).toContain(`@${bot.emu.bot.username}`);
  });

  it('answers a rumour with the verdict, the official quote, speaker, org, date and source link', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { sent, reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
    const entry = bot.kb.get(CLAIMS.rumourId)!;
    expect(reply.reply_to_message?.message_id).toBe(sent.message_id);
    expect(reply.text).toContain('Verdict: False');
    const best = entry.statements.find((s) => s.verification === 'primary') ?? entry.statements[0]!;
    expect(reply.text).toContain(best.quote.slice(0, 60));
    expect(reply.text).toContain(best.speaker);
    expect(reply.text).toContain(best.org);
    expect(reply.text).toMatch(/20\d\d/);
    expect(linksIn(reply)).toEqual(expect.arrayContaining(entry.statements.map((s) => s.url)));
    expect(reply.entities?.some((e) => e.type === 'bold')).toBe(true);
    const buttons = buttonsOf(reply);
    expect(buttons.map((b) => b.text)).toEqual(['📚 All sources', '👍', '👎', '↗️ Share']);
    expect(buttons.find((b) => b.switchQuery !== undefined)?.switchQuery).toBe(`#${CLAIMS.rumourId}`);
    expect(bot.store.unmatched).toHaveLength(0);
  });

  it('never stamps "False" on a user who states the accurate version', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.correction);
    const [headline] = reply.text!.split('\n');
    expect(headline).toContain('Consistent with official statements');
    expect(headline).not.toMatch(/false/i);
    expect(reply.text).not.toContain('Verdict: False');
  });

  it('checks forwarded messages and photo captions', async () => {
    const { user, chat } = privateUser(bot.emu);
    const forwarded = bot.emu.nextMessage(chat.id);
    bot.emu.pushMessage({ chat, from: user, text: CLAIMS.rumour, forwardedFrom: 'Uncle Bob' });
    expect((await forwarded).text).toContain('Verdict: False');
    const captioned = bot.emu.nextMessage(chat.id);
    bot.emu.pushMessage({ chat, from: user, caption: CLAIMS.rumour });
    expect((await captioned).text).toContain('Verdict: False');
  });

  it('says honestly when nothing matches, keeps the claim, and offers to send it to curators', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.unknown);
    expect(reply.text).toContain('No official statement matches this');
    expect(linksIn(reply)).toEqual([]);
    expect(buttonsOf(reply).map((b) => b.text)).toEqual(['📨 Send to curators']);
    expect(bot.store.unmatched.at(-1)).toMatchObject({ text: CLAIMS.unknown, outcome: 'none', origin: { platform: 'telegram', chatType: 'private' } });
  });

  it('asks for text when a message has none, and explains unknown commands', async () => {
    const { user, chat } = privateUser(bot.emu);
    const sticker = bot.emu.nextMessage(chat.id);
    bot.emu.pushMessage({ chat, from: user });
    expect((await sticker).text).toContain('I can only check text');
    const { reply } = await say(bot.emu, chat, user, '/frobnicate the votes');
    expect(reply.text).toContain('/check');
  });

  it('switches language with /lang and its buttons', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply: menu } = await say(bot.emu, chat, user, '/lang');
    const spanish = buttonsOf(menu).find((b) => b.text === 'Español')!;
    const edited = bot.emu.waitForCall('editMessageText', (c) => c.ok && c.payload.message_id === menu.message_id);
    bot.emu.pushCallbackQuery({ from: user, message: menu, data: spanish.data! });
    expect((await edited).payload.text).toBe('Responderé en español.');
    const { reply } = await say(bot.emu, chat, user, CLAIMS.unknown);
    expect(reply.text).toContain('Ninguna declaración oficial coincide con esto');

    const { reply: direct } = await say(bot.emu, chat, user, '/lang ja');
    expect(direct.text).toBe('日本語でお答えします。');
  });
});

describe('Telegram bot without inline mode (BotFather /setinline not done)', () => {
  it('leaves out the Share button, which would lead nowhere', async () => {
    const bot = await startBotUnderTest({ emulator: await TelegramEmulator.start({ inlineMode: false }) });
    try {
      const { user, chat } = privateUser(bot.emu);
      const { reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
      expect(buttonsOf(reply).map((b) => b.text)).toEqual(['📚 All sources', '👍', '👎']);
    } finally {
      await bot.close();
    }
  });
});
