import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checker } from '../../src/core/checker.ts';
import { rankedStatements } from '../../src/render/model.ts';
import { buttonsOf, CLAIMS, linksIn, privateUser, say, startBotUnderTest, type BotUnderTest } from './setup.ts';

const SUGGEST_TRIGGER = 'something about ballots and machines and hackers';

/** The real checker, except that one text yields a suggestion list (the matcher decides that elsewhere). */
function withSuggestions(real: Checker): Checker {
  return {
    ...real,
    check: (text, options) =>
      text === SUGGEST_TRIGGER
        ? { outcome: 'suggest', lang: 'en', truncated: false, candidates: real.kb().served.slice(0, 3).map((entry) => ({ entry, confidence: 0.4 })) }
        : real.check(text, options),
  };
}

describe('Telegram card buttons', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest({ checker: withSuggestions });
  });
  afterAll(() => bot.close());

  /** Presses a button and resolves with the callback answer and the message as it is afterwards. */
  async function press(from: Message['from'] & object, message: Message, data: string) {
    const answered = bot.emu.waitForCall('answerCallbackQuery', () => true);
    const id = bot.emu.pushCallbackQuery({ from, message, data });
    const answer = await answered;
    expect(answer.payload.callback_query_id).toBe(id);
    return { answer: answer.payload, now: bot.emu.message(message.chat.id, message.message_id)! };
  }

  it('expands "All sources" in place and collapses again', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
    const entry = bot.kb.get(CLAIMS.rumourId)!;
    const { now: expanded } = await press(user, reply, buttonsOf(reply)[0]!.data!);
    expect(expanded.message_id).toBe(reply.message_id);
    for (const s of entry.statements) expect(expanded.text).toContain(s.quote.slice(0, 40));
    expect(linksIn(expanded)).toEqual(expect.arrayContaining(entry.statements.map((s) => s.url)));
    expect(buttonsOf(expanded)[0]!.text).toBe('📚 Fewer sources');
    const { now: collapsed } = await press(user, expanded, buttonsOf(expanded)[0]!.data!);
    expect(collapsed.text).toBe(reply.text);
  });

  it('records 👍 / 👎 feedback through the store and thanks the user', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
    const down = buttonsOf(reply).find((b) => b.text === '👎')!;
    const { answer } = await press(user, reply, down.data!);
    expect(answer.text).toBe('Thanks for your feedback!');
    expect(bot.store.feedback.at(-1)).toMatchObject({
      entryId: CLAIMS.rumourId,
      vote: 'down',
      origin: { platform: 'telegram', chatType: 'private', userId: String(user.id) },
    });
  });

  it('keeps the stance when expanding a card for a user who stated the accurate version', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.correction);
    const { now } = await press(user, reply, buttonsOf(reply)[0]!.data!);
    expect(now.text!.split('\n')[0]).toContain('Consistent with official statements');
  });

  it('offers up to 3 suggestions whose buttons still work after a restart', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, SUGGEST_TRIGGER);
    const picks = buttonsOf(reply);
    expect(reply.text).toContain('Not sure which claim you mean');
    expect(picks).toHaveLength(3);
    for (const b of picks) expect(Buffer.byteLength(b.data!)).toBeLessThanOrEqual(64);
    expect(bot.store.unmatched.at(-1)).toMatchObject({ text: SUGGEST_TRIGGER, outcome: 'suggest' });

    await bot.restart();
    const second = bot.kb.served[1]!;
    const { now } = await press(user, reply, picks[1]!.data!);
    expect(now.text).toContain(rankedStatements(second)[0]!.quote.slice(0, 40));
    expect(now.text!.split('\n')[0]).toContain('Related claim, rated');
    expect(buttonsOf(now).some((b) => b.switchQuery === `#${second.id}`)).toBe(true);
  });

  it('sends an unmatched claim to curators, with its full text, even after a restart', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.unknown);
    await bot.restart();
    const { answer, now } = await press(user, reply, buttonsOf(reply)[0]!.data!);
    expect(answer.text).toBe('Thanks! The curators will look at this claim.');
    expect(bot.store.submissions.at(-1)).toMatchObject({ text: CLAIMS.unknown, origin: { platform: 'telegram', chatType: 'private' } });
    expect(now.reply_markup).toBeUndefined();
  });

  it('answers buttons for removed entries and unknown data without breaking', async () => {
    const { user, chat } = privateUser(bot.emu);
    const { reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
    const { answer } = await press(user, reply, 's1:en:r:entry-that-was-deleted');
    expect(answer.text).toBe('This claim is no longer in the knowledge base. Please check it again.');
    const { answer: junk, now } = await press(user, reply, 'x'.repeat(64));
    expect(junk.text).toBeUndefined();
    expect(now.text).toBe(reply.text);
    const { reply: still } = await say(bot.emu, chat, user, CLAIMS.rumour);
    expect(still.text).toContain('Verdict: False');
  });
});
