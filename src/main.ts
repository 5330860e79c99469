import type { RunningAdapter, AdapterDeps } from './adapters/deps.ts';
import { unlimited } from './adapters/deps.ts';
import { startConsole } from './adapters/console/index.ts';
import { bootCore, type Core } from './boot.ts';
import type { CliIo } from './cli/io.ts';
import { MemoryStore } from './store/memory.ts';

export interface App extends Core {
  adapters: RunningAdapter[];
  /** Resolves when the app has nothing left to do (the console's input ended). */
  done: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Console chat for a person at a terminal (greeting, prompt) rather than a pipe. */
  interactive: boolean;
}

/**
 * The composition root: config → logger → knowledge base → matcher → store → adapters.
 * Starts each bot whose token is set; with none, the console chat on stdin/stdout.
 */
export async function startApp(io: CliIo, options: StartOptions): Promise<App> {
  const core = await bootCore(io);
  const { config, log, checker } = core;
  const store = new MemoryStore();
  const deps: AdapterDeps = { checker, store, log, limiter: unlimited };
  const adapters: RunningAdapter[] = [];
  let done: Promise<void> = new Promise(() => {});

  if (!config.telegram && !config.discord) {
    // A person is reading stdout and stderr side by side: keep routine logs out of the chat.
    if (!io.env.LOG_LEVEL) log.level = 'warn';
    const consoleChat = startConsole(deps, { input: io.stdin, output: io.stdout, interactive: options.interactive });
    adapters.push(consoleChat);
    done = consoleChat.done;
  }
  log.info({ adapters: adapters.map((a) => a.name), entries: checker.kb().size }, 'claimcheck started');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await store.close();
    })());
  return { ...core, adapters, done, stop };
}
