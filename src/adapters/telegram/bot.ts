import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, BotError, type Context } from 'grammy';
import { t } from '../../core/i18n/index.ts';
import type { AdapterDeps } from '../deps.ts';
import { FloodNotices } from './flood-notices.ts';
import { buttonHandlers } from './handlers/buttons.ts';
import { commandHandlers } from './handlers/commands.ts';
import { inlineHandlers } from './handlers/inline.ts';
import { messageHandlers } from './handlers/messages.ts';
import { InFlight } from './in-flight.ts';
import { LocalePrefs } from './locale-prefs.ts';
import type { TelegramRuntime } from './runtime.ts';
import { tokenFreeError } from './safe-error.ts';

export interface BotOptions {
  token: string;
  apiRoot?: string;
}

/**
 * The grammY bot with every handler behind one error boundary: a failing update is logged
 * (without the token), the user in a private chat gets an apology, and the next update is
 * handled as usual. Works the same under long polling and webhooks.
 */
export function createTelegramBot(deps: AdapterDeps, options: BotOptions): { bot: Bot; runtime: TelegramRuntime; inFlight: InFlight } {
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  // 429s wait retry_after and try again; network errors retry with backoff, but not forever.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  // The composition root already hands each adapter a child logger bound to its name.
  const log = deps.log;
  // Failed polls are retried by the runner, which is silent (it would print the raw error): log them here.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      if (method === 'getUpdates' && !signal?.aborted) log.warn({ err: tokenFreeError(err, options.token) }, 'telegram: getUpdates failed');
      throw err;
    }
  });
  const runtime: TelegramRuntime = {
    deps,
    log,
    prefs: new LocalePrefs(),
    flood: new FloodNotices(),
    username: () => bot.botInfo.username,
    canShare: () => bot.botInfo.supports_inline_queries,
  };

  const onError = async (error: BotError<Context>): Promise<void> => {
    const ctx = error.ctx;
    log.error({ err: tokenFreeError(error, options.token), updateId: ctx.update.update_id }, 'telegram: update failed');
    if (ctx.chat?.type !== 'private') return;
    try {
      await ctx.api.sendMessage(ctx.chat.id, t(runtime.prefs.localeOf(ctx.from), 'error.INTERNAL', { code: 'INTERNAL' }));
    } catch {
      // The apology itself failed (e.g. Telegram is down): already logged above.
    }
  };

  const inFlight = new InFlight();
  bot.use(inFlight.middleware);
  // Updates run concurrently, but each chat's (or, without a chat, each user's) stay in order.
  bot.use(sequentialize((ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id ?? 'anonymous')));
  const safe = bot.errorBoundary(onError);
  safe.use(commandHandlers(runtime), buttonHandlers(runtime), inlineHandlers(runtime), messageHandlers(runtime));
  bot.catch(onError);
  return { bot, runtime, inFlight };
}
