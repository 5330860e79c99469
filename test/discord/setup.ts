import { Writable } from 'node:stream';
import { startDiscord, type DiscordOptions } from '../../src/adapters/discord/index.ts';
import type { RateLimiter, RunningAdapter } from '../../src/adapters/deps.ts';
import { createChecker, type Checker } from '../../src/core/checker.ts';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { MAX_CLAIM_CHARS } from '../../src/core/match/normalize.ts';
import type { MatcherFactory, RankResult, Stance } from '../../src/core/match/types.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { createLogger } from '../../src/log.ts';
import type { ClaimStore } from '../../src/store/ports.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { startDiscordEmulator, type DiscordEmulator, type EmulatorOptions } from '../emulators/discord/index.ts';

/** A token shaped like a real one, so a leak into the logs would be visible (and masked). */
export const TEST_TOKEN = 'MTE3NDEwOTg0MDk5ODQwMDAwNQ.GaBcDe.emulator-only-token-not-a-real-secret';

export const KNOWLEDGE_DIR = new URL('../../knowledge', import.meta.url).pathname;

let kbPromise: Promise<KnowledgeBase> | undefined;
export const bundledKb = (): Promise<KnowledgeBase> => (kbPromise ??= loadKnowledgeDir(KNOWLEDGE_DIR));

/** A memory store that reports each write on the emulator's change event, so tests can wait on it. */
export class ObservedStore extends MemoryStore {
  constructor(private readonly changed: () => void) {
    super();
  }
  override async recordUnmatched(...a: Parameters<MemoryStore['recordUnmatched']>) {
    await super.recordUnmatched(...a);
    this.changed();
  }
  override async recordFeedback(...a: Parameters<MemoryStore['recordFeedback']>) {
    await super.recordFeedback(...a);
    this.changed();
  }
  override async recordShare(...a: Parameters<MemoryStore['recordShare']>) {
    await super.recordShare(...a);
    this.changed();
  }
  override async recordSubmission(...a: Parameters<MemoryStore['recordSubmission']>) {
    await super.recordSubmission(...a);
    this.changed();
  }
}

/** Scripted matcher answers: exact input text -> ranked entry ids with confidence and stance. */
export type Script = Record<string, { id: string; confidence: number; stance?: Stance }[]>;

/**
 * A matcher that answers from a script (any other text finds nothing), so adapter tests do not
 * depend on how the real matcher is tuned today. The real checker code decides on top of it.
 */
export function scriptedMatcher(script: Script): MatcherFactory {
  return () => ({
    rank(text, options): RankResult {
      const hits = script[text] ?? [];
      return {
        lang: options?.lang ?? 'other',
        hits: hits.map((h, i) => ({ id: h.id, score: 10 - i, confidence: h.confidence, stance: h.stance ?? 'repeats' })),
        queryTokens: text.split(/\s+/).filter(Boolean).length,
        truncated: text.length > MAX_CLAIM_CHARS,
      };
    },
  });
}

export interface BotSetup {
  script?: Script;
  share?: DiscordOptions['share'];
  /** Register commands globally (no guild id). */
  global?: boolean;
  limiter?: RateLimiter;
  store?: ClaimStore;
  checker?: Checker;
  emulator?: DiscordEmulator;
  emulatorOptions?: EmulatorOptions;
}

export interface RunningBot {
  emulator: DiscordEmulator;
  adapter: RunningAdapter;
  store: MemoryStore;
  checker: Checker;
  /** Every log line the adapter wrote (JSON). */
  logs: string[];
  /** Restart the adapter (same emulator, store and checker), as after a deploy. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real discord.js bot, started through startDiscord against a fresh loopback emulator. */
export async function startBot(setup: BotSetup = {}): Promise<RunningBot> {
  const emulator = setup.emulator ?? (await startDiscordEmulator({ token: TEST_TOKEN, ...setup.emulatorOptions }));
  const kb = await bundledKb();
  const checker = setup.checker ?? createChecker(kb, scriptedMatcher(setup.script ?? {}));
  const store = (setup.store ?? new ObservedStore(() => emulator.emit('change'))) as MemoryStore;
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      emulator.emit('change'); // lets tests wait on a log line like on any other event
      done();
    },
  });
  const log = createLogger('debug', sink);
  const deps = { checker, store, log, limiter: setup.limiter ?? { take: () => true } };
  const options: DiscordOptions = {
    token: TEST_TOKEN,
    apiRoot: emulator.apiRoot,
    ...(setup.global ? {} : { guildId: emulator.guild.id }),
    ...(setup.share ? { share: setup.share } : {}),
  };
  const bot: RunningBot = {
    emulator,
    adapter: await startDiscord(deps, options),
    store,
    checker,
    logs,
    async restart() {
      await bot.adapter.stop();
      bot.adapter = await startDiscord(deps, options);
    },
    async close() {
      await bot.adapter.stop();
      await emulator.close();
    },
  };
  return bot;
}

/** Flattens an embed message into text: title, description, fields, footer, button labels and URLs. */
export function messageText(message: Record<string, unknown>): string {
  const embeds = (message.embeds ?? []) as { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
  const rows = (message.components ?? []) as { components: { label?: string; url?: string }[] }[];
  return [
    String(message.content ?? ''),
    ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? '']),
    ...rows.flatMap((r) => r.components.flatMap((c) => [c.label ?? '', c.url ?? ''])),
  ].join('\n');
}

export const buttonIds = (message: Record<string, unknown>): string[] =>
  ((message.components ?? []) as { components: { custom_id?: string }[] }[]).flatMap((r) => r.components.map((c) => c.custom_id ?? '')).filter(Boolean);

export const linkUrls = (message: Record<string, unknown>): string[] =>
  ((message.components ?? []) as { components: { url?: string }[] }[]).flatMap((r) => r.components.map((c) => c.url ?? '')).filter(Boolean);
