import { Writable } from 'node:stream';
import type { Chat, Message, User } from 'grammy/types';
import { expect } from 'vitest';
import { unlimited, type RateLimiter } from '../../src/adapters/deps.ts';
import { startTelegram, type RunningTelegram, type TelegramOptions } from '../../src/adapters/telegram/index.ts';
import { createChecker, type Checker } from '../../src/core/checker.ts';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { createLogger } from '../../src/log.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { TelegramEmulator } from '../emulators/telegram/index.ts';
import { REPO_ROOT } from '../support/memory-io.ts';

let bundled: Promise<KnowledgeBase> | undefined;
/** The knowledge base shipped in knowledge/, loaded once per test file. */
export function bundledKb(): Promise<KnowledgeBase> {
  return (bundled ??= loadKnowledgeDir(`${REPO_ROOT}knowledge`));
}

/** Claims taken from the bundled KB, so they match whatever the matcher's tuning. */
export const CLAIMS = {
  /** A phrasing of mail-in-ballot-fraud (verdict false): the user repeats the rumour. */
  rumour: 'Mail-in voting is full of fraud. Millions of fake ballots.',
  rumourId: 'mail-in-ballot-fraud',
  /** A correction of the same entry: the user states the accurate version. */
  correction: 'The FBI has not seen a coordinated national voter fraud effort by mail or otherwise.',
  /** Nothing in the KB is about this. */
  unknown: 'The new stadium downtown will open with free parking for everyone next spring',
};

export interface BotUnderTest {
  emu: TelegramEmulator;
  store: MemoryStore;
  adapter: RunningTelegram;
  kb: KnowledgeBase;
  /** Everything the bot logged (pino JSON lines, debug level). */
  logs(): string;
  /** Starts a second bot process on the same emulator (a restart) with fresh memory. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface BotSetup {
  limiter?: RateLimiter;
  /** Wraps the real checker (e.g. to force an outcome); defaults to the real one. */
  checker?: (real: Checker) => Checker;
  store?: MemoryStore;
  webhook?: TelegramOptions['webhook'];
  emulator?: TelegramEmulator;
}

/** The real grammY bot on the bundled KB and real matcher, talking to a fresh emulator. */
export async function startBotUnderTest(setup: BotSetup = {}): Promise<BotUnderTest> {
  const emu = setup.emulator ?? (await TelegramEmulator.start());
  const kb = await bundledKb();
  const real = createChecker(kb, createMatcher);
  const checker = setup.checker ? setup.checker(real) : real;
  const store = setup.store ?? new MemoryStore();
  let logged = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged += chunk.toString('utf8');
      done();
    },
  });
  const log = createLogger('debug', sink);
  const start = () =>
    startTelegram(
      { checker, store, log, limiter: setup.limiter ?? unlimited },
      { token: emu.token, apiRoot: emu.apiRoot, ...(setup.webhook ? { webhook: setup.webhook } : {}) },
    );
  let adapter = await start();
  const bot: BotUnderTest = {
    emu,
    store,
    kb,
    get adapter() {
      return adapter;
    },
    logs: () => logged,
    async restart() {
      await adapter.stop();
      adapter = await start();
    },
    async close() {
      await adapter.stop();
      await emu.close();
      expect(logged).not.toContain(emu.token.split(':')[1]);
    },
  };
  return bot;
}

/** A private chat with a new user. */
export function privateUser(emu: TelegramEmulator, fields: Partial<User> = {}): { user: User; chat: Chat } {
  const user = emu.user(fields);
  return { user, chat: emu.privateChat(user) };
}

/** Sends `text` from `user` in `chat` and resolves with the bot's reply in that chat. */
export async function say(
  emu: TelegramEmulator,
  chat: Chat,
  user: User,
  text: string,
  extra: { replyTo?: Message; timeoutMs?: number } = {},
): Promise<{ sent: Message; reply: Message }> {
  const reply = emu.nextMessage(chat.id, extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {});
  const sent = emu.pushMessage({ chat, from: user, text, ...(extra.replyTo ? { replyTo: extra.replyTo } : {}) });
  return { sent, reply: await reply };
}

/** Every link in a message: text_link entities and bare URLs. */
export function linksIn(message: Pick<Message, 'text' | 'entities'>): string[] {
  const fromEntities = (message.entities ?? []).flatMap((e) => (e.type === 'text_link' ? [e.url] : []));
  const bare = message.text?.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return [...new Set([...fromEntities, ...bare])];
}

/** The callback_data of every button on a message, by button text. */
export function buttonsOf(message: Message | { reply_markup?: Message['reply_markup'] }): { text: string; data?: string; switchQuery?: string }[] {
  return (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({
    text: b.text,
    ...('callback_data' in b && b.callback_data !== undefined ? { data: b.callback_data } : {}),
    ...('switch_inline_query' in b && b.switch_inline_query !== undefined ? { switchQuery: b.switch_inline_query } : {}),
  }));
}
