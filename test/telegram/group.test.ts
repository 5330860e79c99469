import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMS, startBotUnderTest, type BotUnderTest } from './setup.ts';

describe('Telegram bot in groups', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest();
  });
  afterAll(() => bot.close());

  /** Pushes `text` to a new group and resolves with the bot's reply. */
  async function ask(text: string, options: { replyTo?: Message; type?: 'group' | 'supergroup' } = {}) {
    const chat = options.replyTo?.chat ?? bot.emu.group(options.type);
    const user = bot.emu.user();
    const reply = bot.emu.nextMessage(chat.id);
    const sent = bot.emu.pushMessage({ chat, from: user, text, ...(options.replyTo ? { replyTo: options.replyTo } : {}) });
    return { chat, sent, reply: await reply };
  }

  it('checks "/check <claim>" and replies to that message', async () => {
    const { sent, reply } = await ask(`/check ${CLAIMS.rumour}`, { type: 'group' });
    expect(reply.reply_to_message?.message_id).toBe(sent.message_id);
    expect(reply.text).toContain('Verdict: False');
  });

  it('accepts /check@botname and ignores /check addressed to another bot', async () => {
    const chat = bot.emu.group();
    const user = bot.emu.user();
    const other = bot.emu.pushMessage({ chat, from: user, text: `/check@some_other_bot ${CLAIMS.rumour}` });
    const reply = bot.emu.nextMessage(chat.id);
    const ours = bot.emu.pushMessage({ chat, from: user, text: `/check@${bot.emu.bot.username} ${CLAIMS.rumour}` });
    expect((await reply).reply_to_message?.message_id).toBe(ours.message_id);
    const inChat = bot.emu.findCalls('sendMessage', (c) => c.ok && Number(c.payload.chat_id) === chat.id);
    expect(inChat.map((c) => (c.result as Message).reply_to_message?.message_id)).toEqual([ours.message_id]);
    expect(other.message_id).not.toBe(ours.message_id);
  });

  it('checks the message a bare /check replies to, and answers under that message', async () => {
    const chat = bot.emu.group();
    const rumour = bot.emu.pushMessage({ chat, from: bot.emu.user(), text: CLAIMS.rumour });
    const { reply } = await ask('/check', { replyTo: rumour });
    expect(reply.reply_to_message?.message_id).toBe(rumour.message_id);
    expect(reply.text).toContain('Verdict: False');
  });

  it('answers a mention of the bot with a claim', async () => {
    const { sent, reply } = await ask(`@${bot.emu.bot.username} is this true? ${CLAIMS.rumour}`);
    expect(reply.reply_to_message?.message_id).toBe(sent.message_id);
    expect(reply.text).toContain('Verdict: False');
  });

  it('stays silent on ordinary group messages and does not keep them', async () => {
    const chat = bot.emu.group();
    const user = bot.emu.user();
    const before = bot.store.unmatched.length;
    const chatter = [CLAIMS.rumour, CLAIMS.unknown, '@everyone look at this', '/start@some_other_bot'].map((text) =>
      bot.emu.pushMessage({ chat, from: user, text }),
    );
    // Updates are handled in order: once the explicit request is answered, the chatter was seen.
    const reply = bot.emu.nextMessage(chat.id);
    const explicit = bot.emu.pushMessage({ chat, from: user, text: `/check ${CLAIMS.unknown}` });
    expect((await reply).reply_to_message?.message_id).toBe(explicit.message_id);
    const answeredIds = bot.emu.findCalls('sendMessage', (c) => c.ok && Number(c.payload.chat_id) === chat.id).map(
      (c) => (c.result as Message).reply_to_message?.message_id,
    );
    expect(answeredIds).toEqual([explicit.message_id]);
    expect(chatter).toHaveLength(4);
    // Only the claim sent to the bot is kept for curators.
    expect(bot.store.unmatched.slice(before).map((u) => u.text)).toEqual([CLAIMS.unknown]);
    expect(bot.store.unmatched.at(-1)?.origin).toMatchObject({ platform: 'telegram', chatType: 'group', chatId: String(chat.id) });
  });

  it('explains itself once when added to a group', async () => {
    const chat = bot.emu.group();
    const hello = bot.emu.nextMessage(chat.id);
    bot.emu.pushUpdate({ message: { message_id: 1, date: 1, chat, from: bot.emu.user(), new_chat_members: [bot.emu.bot] } });
    expect((await hello).text).toContain('/check followed by the claim');
  });

  it('explains how to use /check when it has nothing to check', async () => {
    const { reply } = await ask('/check');
    expect(reply.text).toContain('Write the claim after /check');
  });
});
