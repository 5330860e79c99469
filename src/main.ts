import { EventEmitter } from 'node:events';
import type { AdapterDeps, RunningAdapter } from './adapters/deps.ts';
import { startConsole } from './adapters/console/index.ts';
import { bootCore, type Core } from './boot.ts';
import type { CliIo } from './cli/io.ts';
import type { Config } from './config.ts';
import { watchKnowledge } from './kb/watch.ts';
import { retryWithBackoff, startOps, type Ops } from './ops/index.ts';
import { openStore, type ResilientStore } from './store/index.ts';

export interface App extends Core {
  adapters: RunningAdapter[];
  store: ResilientStore;
  ops: Ops;
  /** 'kb-reloaded' (the new KnowledgeBase) after a valid edit is live; 'kb-rejected' (the error). */
  events: EventEmitter;
  /** Resolves once every configured bot is connected (after retries) and taking updates. */
  ready: Promise<void>;
  /** Resolves when the app has nothing left to do: the console's input ended, or stop() finished. */
  done: Promise<void>;
  /** First step of stopping: no more start-up retries, no more knowledge reloads. */
  beforeStop(): void;
  /** Stops taking updates, finishes work in flight, closes the store. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Console chat for a person at a terminal (greeting, prompt) rather than a pipe. */
  interactive: boolean;
}

/** Errors a retry cannot fix: a revoked or mistyped token. */
function isPermanent(err: unknown): boolean {
  return /\b401\b|unauthori[sz]ed|invalid token|TokenInvalid|\b404\b: Not Found/i.test(String((err as Error)?.message ?? err));
}

type BotStarter = (deps: AdapterDeps) => Promise<RunningAdapter>;

/** The bots whose tokens are set. SDKs load only when their bot is configured. */
type BotName = Exclude<RunningAdapter['name'], 'console'>;

function configuredBots(config: Config): { name: BotName; start: BotStarter }[] {
  const bots: { name: BotName; start: BotStarter }[] = [];
  const { telegram, discord } = config;
  if (telegram) {
    bots.push({
      name: 'telegram',
      start: async (deps) => (await import('./adapters/telegram/index.ts')).startTelegram(deps, telegram),
    });
  }
  if (discord) {
    bots.push({
      name: 'discord',
      start: async (deps) => (await import('./adapters/discord/index.ts')).startDiscord(deps, discord),
    });
  }
  return bots;
}

/**
 * The composition root: config → logger → knowledge base → matcher → store → ops → adapters.
 * Starts each bot whose token is set (both when both are); with none, the console chat.
 */
export async function startApp(io: CliIo, options: StartOptions): Promise<App> {
  const core = await bootCore(io);
  const { config, log, checker } = core;
  const bots = configuredBots(config);
  // A person reads the console chat's stdout and stderr side by side: keep routine logs out of it.
  if (bots.length === 0 && !io.env.LOG_LEVEL) log.level = 'warn';

  const adapters: RunningAdapter[] = [];
  let countStoreError = (): void => undefined;
  const store = await openStore(config, log, { onWriteError: () => countStoreError() });
  const ops = await startOps({
    checker,
    log,
    adapters: () => adapters,
    store,
    rateLimit: config.rateLimit,
    httpPort: config.httpPort,
    httpHost: config.httpHost,
  });
  countStoreError = () => ops.metrics.countError('store');
  const events = new EventEmitter();
  const watcher = watchKnowledge(config.knowledgeDir, {
    log: log.child({ component: 'kb-watch' }),
    onReload: (kb) => {
      checker.swap(kb);
      log.info({ entries: kb.size }, 'knowledge base reloaded');
      events.emit('kb-reloaded', kb);
    },
    // The watcher already logged the validation report; the last good knowledge base keeps serving.
    onRejected: (err) => events.emit('kb-rejected', err),
  });
  const retries = new AbortController();
  const depsFor = (platform: RunningAdapter['name']): AdapterDeps => ({
    checker: ops.checkerFor(platform),
    store,
    log: log.child({ adapter: platform }),
    limiter: ops.limiter,
  });

  let consoleDone: Promise<void> | undefined;
  if (bots.length === 0) {
    const chat = startConsole(depsFor('console'), { input: io.stdin, output: io.stdout, interactive: options.interactive });
    adapters.push(chat);
    consoleDone = chat.done;
  }
  // An unreachable API is waited out with backoff inside the process, never a crash loop.
  const ready = Promise.all(
    bots.map(async (bot) => {
      const running = await retryWithBackoff(() => bot.start(depsFor(bot.name)), {
        signal: retries.signal,
        log,
        what: `${bot.name} start`,
        retryIf: (err) => !isPermanent(err),
      });
      adapters.push(running);
      log.info({ adapter: bot.name }, 'connected');
    }),
  ).then(() => undefined);
  ready.catch(() => undefined); // the start command reports it; nothing else may crash on it
  log.info({ bots: bots.map((b) => b.name), entries: checker.kb().size }, 'claimcheck started');

  let stopping: Promise<void> | undefined;
  let markStopped = (): void => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const beforeStop = (): void => {
    retries.abort(new Error('shutting down'));
    watcher.close();
  };
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      beforeStop();
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await ops.close();
      await store.close();
      markStopped();
    })());
  const done = consoleDone ? Promise.race([consoleDone, stopped]) : stopped;
  return { ...core, adapters, store, ops, events, ready, done, beforeStop, stop };
}
