import { Api, GrammyError } from 'grammy';
import { ClaimcheckError } from '../../core/errors.ts';
import type { AdapterDeps, RunningAdapter } from '../deps.ts';
import { createTelegramBot } from './bot.ts';
import { registerCommands } from './handlers/commands.ts';
import { startPolling } from './polling.ts';
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
  const { bot, runtime, inFlight } = createTelegramBot(deps, { token: options.token, ...(apiRoot ? { apiRoot } : {}) });
  const fail = (step: string, err: unknown): ClaimcheckError => {
    const safe = tokenFreeError(err, options.token);
    return new ClaimcheckError('INTERNAL', `Telegram: ${step} failed: ${safe.message}${safe.reason ? ` (${safe.reason})` : ''}`);
  };
  try {
    // Once, without retries: a wrong token or an unreachable API should fail start-up now, clearly.
    bot.botInfo = await new Api(options.token, apiRoot ? { apiRoot } : {}).getMe();
  } catch (err) {
    if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
      throw new ClaimcheckError(
        'CONFIG_INVALID',
        `Telegram rejected TELEGRAM_BOT_TOKEN (${err.error_code}: ${err.description}). Copy the token from @BotFather (/mybots, API Token) into .env.`,
      );
    }
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
    return {
      name: 'telegram',
      webhookPort: hook.port,
      healthy: hook.listening,
      stop: async () => {
        await hook.stop();
        await inFlight.drain();
      },
    };
  }
  const polling = await startPolling(bot, inFlight, runtime.log, options.token).catch((err: unknown) => {
    throw fail('starting long polling', err);
  });
  return { name: 'telegram', healthy: polling.healthy, stop: polling.stop };
}

export type { WebhookOptions } from './webhook.ts';
