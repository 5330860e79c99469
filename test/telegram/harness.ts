import type { MemoryStore } from '../../src/store/memory.ts';
import { verdictIn, type AdapterHarness } from '../contract/harness.ts';
import { linksIn, privateUser, say, startBotUnderTest } from './setup.ts';

/**
 * The Telegram bot (real grammY client, bundled KB, real matcher) behind the loopback Bot API
 * emulator, for the shared adapter contract suite: `ask` sends one private message and returns
 * the bot's reply as Telegram would show it (plain text after HTML parsing) with its links.
 */
export async function telegramHarness(): Promise<AdapterHarness & { store: MemoryStore }> {
  const bot = await startBotUnderTest();
  const { user, chat } = privateUser(bot.emu);
  return {
    store: bot.store,
    async ask(text) {
      const { reply } = await say(bot.emu, chat, user, text);
      const shown = reply.text ?? '';
      return { text: shown, verdictShown: verdictIn(shown), sourceUrls: linksIn(reply) };
    },
    close: () => bot.close(),
  };
}
