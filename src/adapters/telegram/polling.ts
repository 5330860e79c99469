import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import type { InFlight } from './in-flight.ts';
import { ALLOWED_UPDATES } from './runtime.ts';
import { tokenFreeError } from './safe-error.ts';

export interface RunningPolling {
  healthy(): boolean;
  stop(): Promise<void>;
}

/** How long shutdown waits for Telegram to confirm the offset before giving up on it. */
const CONFIRM_TIMEOUT_MS = 5_000;

/**
 * Long polling with @grammyjs/runner: updates are handled concurrently (in order per chat, see
 * bot.ts), so one chat waiting out a 429 does not hold up everyone else.
 */
export async function startPolling(bot: Bot, inFlight: InFlight, log: Logger, token: string): Promise<RunningPolling> {
  // A webhook left over from webhook mode would make every getUpdates fail with 409.
  await bot.api.deleteWebhook();
  // `silent`: the runner would print raw errors, and a network error quotes the token-bearing URL.
  const handle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: 30 }, silent: true } });
  handle
    .task()
    ?.catch((err: unknown) => log.error({ err: tokenFreeError(err, token) }, 'telegram: polling stopped (token revoked, or another instance is polling)'));
  log.info({ username: bot.botInfo.username }, 'telegram: long polling');

  let stopping: Promise<void> | undefined;
  return {
    healthy: () => handle.isRunning(),
    stop: () =>
      (stopping ??= (async () => {
        if (handle.isRunning()) await handle.stop().catch(() => undefined);
        await inFlight.drain();
        if (inFlight.lastUpdateId === 0) return;
        // Confirm what was handled, without hanging shutdown when Telegram is unreachable.
        const confirm = bot.api.getUpdates({ offset: inFlight.lastUpdateId + 1, limit: 1, timeout: 0 }).catch(() => undefined);
        await Promise.race([confirm, new Promise<void>((resolve) => setTimeout(resolve, CONFIRM_TIMEOUT_MS).unref())]);
      })()),
  };
}
