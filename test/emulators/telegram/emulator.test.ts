import { Api, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramEmulator } from './index.ts';
import { parseTelegramHtml } from './html.ts';

describe('Telegram HTML parse mode', () => {
  it('turns supported tags into entities and decodes entities', () => {
    const parsed = parseTelegramHtml('<b>False</b> &lt;3 &amp; <a href="https://x.gov/a?b=1&amp;c=2">src</a>');
    expect(parsed.text).toBe('False <3 & src');
    expect(parsed.entities).toEqual([
      { type: 'bold', offset: 0, length: 5 },
      { type: 'text_link', offset: 11, length: 3, url: 'https://x.gov/a?b=1&c=2' },
    ]);
  });

  it.each([
    ['<script>x</script>', 'Unsupported start tag "script"'],
    ['<b>open', `Can't find end tag corresponding to start tag "b"`],
    ['<b><i>x</b></i>', 'Unmatched end tag'],
    ['x</b>', 'Unexpected end tag'],
    ['fish & chips', 'Unescaped "&"'],
    ['1 < 2', 'Unclosed start tag'],
    ['1 < 2 > 0', 'Unsupported start tag ""'],
    ['a <b', 'Unclosed start tag'],
    ['<br/>', 'Unsupported start tag "br"'],
  ])('rejects %j like Telegram', (html, reason) => {
    expect(() => parseTelegramHtml(html)).toThrow(`Bad Request: can't parse entities: ${reason}`);
  });
});

describe('TelegramEmulator', () => {
  let emu: TelegramEmulator;
  let api: Api;
  beforeEach(async () => {
    emu = await TelegramEmulator.start();
    api = new Api(emu.token, { apiRoot: emu.apiRoot });
  });
  afterEach(() => emu.close());

  const failure = async (p: Promise<unknown>): Promise<GrammyError> => {
    const error = await p.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    return error as GrammyError;
  };

  it('answers getMe and rejects a wrong token with 401', async () => {
    expect((await api.getMe()).username).toBe('claimcheck_test_bot');
    const wrong = new Api('1:wrong', { apiRoot: emu.apiRoot });
    expect((await failure(wrong.getMe())).error_code).toBe(401);
  });

  it('resolves a waiting long poll as soon as an update is queued, and confirms by offset', async () => {
    const poll = api.getUpdates({ offset: 0, timeout: 30 });
    await emu.whenPolling();
    const user = emu.user();
    emu.pushMessage({ chat: emu.privateChat(user), from: user, text: 'hello' });
    const updates = await poll;
    expect(updates.map((u) => u.message?.text)).toEqual(['hello']);
    expect(emu.pendingUpdates).toBe(1);
    expect(await api.getUpdates({ offset: updates[0]!.update_id + 1, timeout: 0 })).toEqual([]);
    expect(emu.pendingUpdates).toBe(0);
  });

  it('enforces message length after entity parsing', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const fits = await api.sendMessage(chat.id, '&amp;'.repeat(4096), { parse_mode: 'HTML' });
    expect(fits.text).toHaveLength(4096);
    expect((await failure(api.sendMessage(chat.id, 'x'.repeat(4097)))).description).toBe('Bad Request: message is too long');
    expect((await failure(api.sendMessage(chat.id, '<b> </b>', { parse_mode: 'HTML' }))).description).toBe(
      'Bad Request: message text is empty',
    );
    expect((await failure(api.sendMessage(chat.id, '<b>&', { parse_mode: 'HTML' }))).description).toMatch(/^Bad Request: can't parse entities/);
    expect((await failure(api.sendMessage(999, 'hi'))).description).toBe('Bad Request: chat not found');
  });

  it('limits callback_data to 64 bytes and inline answers to 50 results', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const button = (data: string) => ({ reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: data }]] } });
    await api.sendMessage(chat.id, 'ok', button('x'.repeat(64)));
    expect((await failure(api.sendMessage(chat.id, 'no', button('é'.repeat(33))))).description).toBe('Bad Request: BUTTON_DATA_INVALID');

    const queryId = emu.pushInlineQuery({ from: user, query: 'q' });
    const result = (i: number) => ({ type: 'article' as const, id: `r${i}`, title: 't', input_message_content: { message_text: 'm' } });
    const tooMany = Array.from({ length: 51 }, (_, i) => result(i));
    expect((await failure(api.answerInlineQuery(queryId, tooMany))).description).toBe('Bad Request: RESULTS_TOO_MUCH');
    expect(await api.answerInlineQuery(queryId, tooMany.slice(0, 50))).toBe(true);
  });

  it('injects 429 with retry_after and records every call', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    emu.inject429(1, 1);
    const error = await failure(api.sendMessage(chat.id, 'a'));
    expect(error.error_code).toBe(429);
    expect(error.parameters.retry_after).toBe(1);
    const next = emu.nextMessage(chat.id);
    await api.sendMessage(chat.id, 'b');
    expect((await next).text).toBe('b');
    expect(emu.findCalls('sendMessage').map((c) => c.ok)).toEqual([false, true]);
  });

  it('edits messages and refuses an edit that changes nothing', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    const sent = await api.sendMessage(chat.id, 'one');
    await api.editMessageText(chat.id, sent.message_id, '<i>two</i>', { parse_mode: 'HTML' });
    expect(emu.message(chat.id, sent.message_id)?.text).toBe('two');
    const same = await failure(api.editMessageText(chat.id, sent.message_id, '<i>two</i>', { parse_mode: 'HTML' }));
    expect(same.description).toMatch(/message is not modified/);
  });

  it('validates chat actions and lets only one long poll wait at a time', async () => {
    const user = emu.user();
    const chat = emu.privateChat(user);
    expect(await api.sendChatAction(chat.id, 'typing')).toBe(true);
    const bad = await failure(api.raw.sendChatAction({ chat_id: chat.id, action: 'dancing' as 'typing' }));
    expect(bad.error_code).toBe(400);
    const first = api.getUpdates({ timeout: 30 });
    await emu.whenPolling();
    const second = api.getUpdates({ timeout: 0 });
    expect(await second).toEqual([]);
    const third = api.getUpdates({ timeout: 30 });
    expect((await failure(first)).error_code).toBe(409);
    emu.pushMessage({ chat, from: user, text: 'x' });
    expect((await third).map((u) => u.message?.text)).toEqual(['x']);
  });

  it('fails a wait that nothing satisfies, naming the calls it saw', async () => {
    await api.getMe();
    await expect(emu.waitForCall('sendMessage', () => true, { timeoutMs: 20 })).rejects.toThrow(/No sendMessage call.*getMe/);
  });
});
