import type { Bot } from 'grammy';
import { ClaimcheckError } from '../../core/errors.ts';
import type { AdapterDeps, RunningAdapter } from '../deps.ts';
import { createTelegramBot } from './bot.ts';
import { registerCommands } from './handlers/commands.ts';
import { ALLOWED_UPDATES, type TelegramRuntime } from './runtime.ts';
import { tokenFreeError } from './safe-error.ts';
import { startWebhook, type WebhookOptions } from './webhook.ts';

export interface TelegramOptions {
  token: string;
  /** Bot API root (self-hosted Bot API server, or a test emulator). No trailing slash. */
  apiRoot?: string;
  /** Receive updates by webhook instead of long polling. */
  webhook?: WebhookOptions;
}

export interface RunningTelegram extends RunningAdapter {
  readonly name: 'telegram';
  /** The webhook server's port when running in webhook mode. */
  readonly webhookPort?: number;
}

/**
 * Starts the Telegram bot: checks the token (getMe), registers the localized command menu, then
 * long polls (default) or serves a webhook. Resolves once updates are being received.
 * `stop()` stops taking updates and resolves after the ones in flight are answered.
 */
export async function startTelegram(deps: AdapterDeps, options: TelegramOptions): Promise<RunningTelegram> {
  // grammY refuses an apiRoot with a trailing slash; "http://host:8081/" is an easy typo in .env.
  const apiRoot = options.apiRoot?.replace(/\/+$/, '');
  const { bot, runtime } = createTelegramBot(deps, { token: options.token, ...(apiRoot ? { apiRoot } : {}) });
  const fail = (step: string, err: unknown): ClaimcheckError =>
    new ClaimcheckError('INTERNAL', `Telegram: ${step} failed: ${tokenFreeError(err, options.token).message}`);
  try {
    await bot.init();
  } catch (err) {
    throw fail('connecting to the Bot API (getMe)', err);
  }
  try {
    await registerCommands(bot.api);
  } catch (err) {
    runtime.log.warn({ err: tokenFreeError(err, options.token) }, 'telegram: could not register the command menu');
  }
  if (options.webhook) {
    const hook = await startWebhook(bot, options.webhook, runtime.log).catch((err: unknown) => {
      throw fail('starting the webhook', err);
    });
    return { name: 'telegram', webhookPort: hook.port, healthy: hook.listening, stop: hook.stop };
  }
  return startPolling(bot, runtime, options.token);
}

async function startPolling(bot: Bot, runtime: TelegramRuntime, token: string): Promise<RunningTelegram> {
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const polling = bot
    .start({ allowed_updates: [...ALLOWED_UPDATES], onStart: (me) => {
      runtime.log.info({ username: me.username }, 'telegram: long polling');
      started();
    } })
    .catch((err: unknown) => {
      // 401 (token revoked) or 409 (another instance polls): stop and report, never loop.
      runtime.log.error({ err: tokenFreeError(err, token) }, 'telegram: polling stopped');
      throw err;
    });
  await Promise.race([ready, polling]).catch((err: unknown) => {
    throw new ClaimcheckError('INTERNAL', `Telegram: polling failed: ${tokenFreeError(err, token).message}`);
  });
  const finished = polling.then(
    () => undefined,
    () => undefined,
  );
  let stopping: Promise<void> | undefined;
  return {
    name: 'telegram',
    healthy: () => bot.isRunning(),
    stop: () =>
      (stopping ??= (async () => {
        // Stop fetching; the batch being handled still finishes (that is what `finished` waits for).
        const confirmed = bot.isRunning() ? bot.stop().catch(() => undefined) : Promise.resolve();
        await finished;
        // Confirming the offset keeps handled updates from coming back after a restart; do not
        // hang shutdown on it when Telegram is unreachable.
        await Promise.race([confirmed, new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref())]);
      })()),
  };
}

export type { WebhookOptions } from './webhook.ts';
