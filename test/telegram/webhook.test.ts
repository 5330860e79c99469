import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMS, privateUser, say, startBotUnderTest, type BotUnderTest } from './setup.ts';

/** A port that was free a moment ago (the webhook URL must name it before the server starts). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('Telegram webhook mode', () => {
  const secret = 'hook_Secret-123';
  let bot: BotUnderTest;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/telegram/hook`;
    bot = await startBotUnderTest({ webhook: { url, secret, port, host: '127.0.0.1' } });
  });
  afterAll(() => bot.close());

  it('registers the webhook with its secret and answers updates Telegram posts to it', async () => {
    expect(bot.emu.webhook).toEqual({ url, secret });
    expect(bot.adapter.webhookPort).toBe(Number(new URL(url).port));
    const { user, chat } = privateUser(bot.emu);
    const delivered = bot.emu.waitForCall('webhook:delivery');
    const { reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
    expect(reply.text).toContain('Verdict: False');
    expect((await delivered).result).toEqual({ status: 200 });
  });

  it('refuses requests without the secret token header and other paths', async () => {
    const { user, chat } = privateUser(bot.emu);
    const update = { update_id: 999, message: { message_id: 1, date: 1, chat, from: user, text: CLAIMS.rumour } };
    const post = (headers: Record<string, string>, path = new URL(url).pathname) =>
      fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': secret }, '/elsewhere')).status).toBe(404);
    expect(bot.emu.findCalls('sendMessage', (c) => Number(c.payload.chat_id) === chat.id)).toEqual([]);
  });

  it('stops listening on stop()', async () => {
    await bot.adapter.stop();
    expect(bot.adapter.healthy()).toBe(false);
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
