import { Writable } from 'node:stream';
import { Api, HttpError } from 'grammy';
import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { claimBehindCard, claimIn, mentions } from '../../src/adapters/telegram/claim-text.ts';
import { FloodNotices } from '../../src/adapters/telegram/flood-notices.ts';
import { LocalePrefs } from '../../src/adapters/telegram/locale-prefs.ts';
import { tokenFreeError } from '../../src/adapters/telegram/safe-error.ts';
import { unlimited } from '../../src/adapters/deps.ts';
import { startTelegram } from '../../src/adapters/telegram/index.ts';
import { createChecker } from '../../src/core/checker.ts';
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { createLogger } from '../../src/log.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { TelegramEmulator } from '../emulators/telegram/index.ts';

const TOKEN = '123456:AAHsecretsecretsecretsecretsecret_x';

describe('token-free Telegram errors', () => {
  it('strips the token from a real network error whose cause quotes the Bot API URL', async () => {
    // Port 9 on loopback: nothing listens, so the request fails and node-fetch names the URL.
    const api = new Api(TOKEN, { apiRoot: 'http://127.0.0.1:9' });
    const err = await api.getMe().then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(String((err as HttpError).error)).toContain(TOKEN);

    let logged = '';
    const log = createLogger('info', new Writable({ write: (c: Buffer, _e, done) => ((logged += c.toString()), done()) }));
    log.error({ err: tokenFreeError(err, TOKEN) }, 'telegram: update failed');
    expect(logged).toContain('getMe');
    expect(logged).toContain('[redacted]');
    expect(logged).not.toContain('AAHsecret');
  });
});

describe('claim text', () => {
  const msg = (text: string, entities: Message['entities'] = []): Message => ({ message_id: 1, date: 1, chat: { id: 1, type: 'private', first_name: 'a' }, text, entities }) as Message;

  it('drops the command and the bot mention, keeps everything else', () => {
    expect(claimIn(msg('/check@Claim_Bot  ballots were dumped'), 'claim_bot')).toBe('ballots were dumped');
    expect(claimIn(msg('@claim_bot is it true that ballots were dumped? @someone_else'), 'claim_bot')).toBe('is it true that ballots were dumped? @someone_else');
    expect(claimIn(msg('/check'), 'claim_bot')).toBe('');
    expect(claimIn(undefined, 'claim_bot')).toBe('');
  });

  it('recognises a mention of the bot only', () => {
    expect(mentions(msg('hey @Claim_Bot', [{ type: 'mention', offset: 4, length: 10 }]), 'claim_bot')).toBe(true);
    expect(mentions(msg('hey @other_bot', [{ type: 'mention', offset: 4, length: 10 }]), 'claim_bot')).toBe(false);
  });

  it('recovers a no-match claim from the message the card replied to', () => {
    const card = { ...msg('No official statement matches this'), reply_to_message: msg('@claim_bot the stadium will have free parking') } as Message;
    expect(claimBehindCard(card, 'claim_bot')).toBe('the stadium will have free parking');
    expect(claimBehindCard(msg('No official statement matches this'), 'claim_bot')).toBeUndefined();
  });
});

describe('flood notices and language choice', () => {
  it('notifies once per flood and again after the flood ends', () => {
    const flood = new FloodNotices();
    expect([false, false, false].map((ok) => flood.settle('u1', ok))).toEqual([true, false, false]);
    expect(flood.settle('u2', false)).toBe(true);
    flood.settle('u1', true);
    expect(flood.settle('u1', false)).toBe(true);
  });

  it('prefers the /lang choice, then the client language, then English', () => {
    const prefs = new LocalePrefs(2);
    expect(prefs.localeOf({ id: 1, language_code: 'es-MX' })).toBe('es');
    expect(prefs.localeOf({ id: 1, language_code: 'de' })).toBe('en');
    prefs.set(1, 'ja');
    expect(prefs.localeOf({ id: 1, language_code: 'es' })).toBe('ja');
    prefs.set(2, 'es');
    prefs.set(3, 'es');
    expect(prefs.chosenBy(1)).toBeUndefined();
    expect(prefs.chosenBy(3)).toBe('es');
  });
});

describe('startTelegram options', () => {
  it('accepts an API root with a trailing slash, and polls even if a webhook was left set', async () => {
    const emu = await TelegramEmulator.start();
    await new Api(emu.token, { apiRoot: emu.apiRoot }).setWebhook('https://bot.example.org/hook');
    const checker = createChecker(new KnowledgeBase([]), () => ({ rank: () => ({ lang: 'en', hits: [], queryTokens: 0, truncated: false }) }));
    const log = createLogger('silent');
    const adapter = await startTelegram({ checker, store: new MemoryStore(), log, limiter: unlimited }, { token: emu.token, apiRoot: `${emu.apiRoot}/` });
    expect(adapter.healthy()).toBe(true);
    expect(emu.webhook).toBeUndefined();
    const user = emu.user();
    const chat = emu.privateChat(user);
    const reply = emu.nextMessage(chat.id);
    emu.pushMessage({ chat, from: user, text: '/start' });
    expect((await reply).text).toContain('I check election rumours');
    await adapter.stop();
    expect(adapter.healthy()).toBe(false);
    await emu.close();
  });
});

describe('startTelegram start-up failures', () => {
  const deps = () => ({
    checker: createChecker(new KnowledgeBase([]), () => ({ rank: () => ({ lang: 'en' as const, hits: [], queryTokens: 0, truncated: false }) })),
    store: new MemoryStore(),
    log: createLogger('silent'),
    limiter: unlimited,
  });

  it('explains a token Telegram rejects, without printing it', async () => {
    const emu = await TelegramEmulator.start();
    const error = await startTelegram(deps(), { token: TOKEN, apiRoot: emu.apiRoot }).then(() => undefined, (e: unknown) => e as Error);
    await emu.close();
    expect(error?.message).toMatch(/Telegram rejected TELEGRAM_BOT_TOKEN \(401/);
    expect(error?.message).not.toContain('AAHsecret');
  });

  it('fails fast and token-free when the Bot API cannot be reached', async () => {
    const error = await startTelegram(deps(), { token: TOKEN, apiRoot: 'http://127.0.0.1:9' }).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/Telegram: connecting to the Bot API \(getMe\) failed/);
    expect(error?.message).toContain('[redacted]');
    expect(error?.message).not.toContain('AAHsecret');
  });
});
