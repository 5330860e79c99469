import { createChecker } from '../../src/core/checker.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { unescapeMarkdown } from '../../src/render/discord/index.ts';
import { urlsIn, verdictIn, type AdapterHarness } from '../contract/harness.ts';
import type { Json } from '../emulators/discord/index.ts';
import { bundledKb, startBot } from './setup.ts';

/**
 * The reply as a user reads it: title, description, fields and button labels, then the source
 * URLs (field links and link buttons). The footer is left out: it echoes the user's own words.
 */
export function flattenReply(message: Json): string {
  const embeds = (message.embeds ?? []) as { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  const rows = (message.components ?? []) as { components: { label?: string; url?: string; options?: { label: string }[] }[] }[];
  const text = [
    String(message.content ?? ''),
    ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
    ...rows.flatMap((r) => r.components.flatMap((c) => [c.label ?? '', ...(c.options ?? []).map((o) => o.label)])),
  ].map(unescapeMarkdown);
  const buttonUrls = rows.flatMap((r) => r.components.map((c) => c.url ?? '')).filter(Boolean);
  return [...text, ...buttonUrls].filter(Boolean).join('\n');
}

/** One `/factcheck` per ask, through the real discord.js bot, real KB and real matcher. */
export async function discordHarness(): Promise<AdapterHarness> {
  const checker = createChecker(await bundledKb(), createMatcher);
  const bot = await startBot({ checker });
  return {
    async ask(text) {
      const message = await bot.emulator.slash('factcheck', { claim: text }).reply();
      const flat = flattenReply(message);
      return { text: flat, verdictShown: verdictIn(flat), sourceUrls: urlsIn(flat) };
    },
    close: () => bot.close(),
  };
}
