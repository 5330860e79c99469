import type { InlineQueryResultArticle } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../emulators/telegram/index.ts';
import { buttonsOf, CLAIMS, startBotUnderTest, type BotUnderTest } from './setup.ts';

describe('Telegram inline mode', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest();
  });
  afterAll(() => bot.close());

  async function inline(query: string, language_code = 'en') {
    const from = bot.emu.user({ language_code });
    const answered = bot.emu.waitForCall('answerInlineQuery', (c) => c.ok);
    const id = bot.emu.pushInlineQuery({ from, query, chatType: 'group' });
    const call = await answered;
    expect(call.payload.inline_query_id).toBe(id);
    return { from, id, results: call.payload.results as InlineQueryResultArticle[], payload: call.payload };
  }

  it('offers the matching verdict card, which can be sent into any chat and expanded there', async () => {
    const { from, id, results } = await inline(CLAIMS.rumour);
    expect(results.length).toBeGreaterThanOrEqual(1);
    expect(results.length).toBeLessThanOrEqual(5);
    const [card] = results;
    expect(card!.title).toContain('False');
    const text = 'message_text' in card!.input_message_content ? card!.input_message_content.message_text : '';
    expect(parseTelegramHtml(text).text).toContain('Verdict: False');

    const sent = bot.emu.chooseInlineResult({ from, inlineQueryId: id, resultId: card!.id, query: CLAIMS.rumour });
    const edited = bot.emu.waitForCall('editMessageText', (c) => c.ok && c.payload.inline_message_id === sent.inline_message_id);
    const answered = bot.emu.waitForCall('answerCallbackQuery', () => true);
    bot.emu.pushCallbackQuery({ from, inlineMessageId: sent.inline_message_id, data: buttonsOf(sent)[0]!.data! });
    await Promise.all([edited, answered]);
    const entry = bot.kb.get(CLAIMS.rumourId)!;
    for (const s of entry.statements) expect(bot.emu.inlineMessage(sent.inline_message_id)!.text).toContain(s.quote.slice(0, 40));
    expect(bot.store.shares.at(-1)).toMatchObject({ entryId: CLAIMS.rumourId, origin: { platform: 'telegram', chatType: 'inline' } });
  });

  it('resolves the Share button query "#<entry-id>" to exactly that entry', async () => {
    const { results } = await inline(`#${CLAIMS.rumourId}`, 'es');
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toContain('Falso');
  });

  it('answers an unmatched query with an honest card and no curator button', async () => {
    const { results } = await inline(CLAIMS.unknown);
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toBe('No official statement matches this');
    expect(results[0]!.reply_markup).toBeUndefined();
  });

  it('shows a hint for an empty query instead of results', async () => {
    const { results, payload } = await inline('   ');
    expect(results).toEqual([]);
    expect(payload.button).toMatchObject({ text: 'Type a claim to check' });
  });
});
