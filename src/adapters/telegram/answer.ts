import type { Context } from 'grammy';
import { t } from '../../core/i18n/index.ts';
import { recordOutcome } from '../record-outcome.ts';
import { originOf } from './claim-text.ts';
import { CARD_MESSAGE, presentResult } from './present.ts';
import type { TelegramRuntime } from './runtime.ts';

/**
 * Applies the rate limit: the user's bucket, and in groups also the chat's, so one busy group
 * cannot starve everyone. A refused request gets one polite notice per flood (as a reply), then
 * silence until the limiter lets that key through again.
 */
export async function admit(rt: TelegramRuntime, ctx: Context, replyTo?: number): Promise<boolean> {
  const keys = [`user:telegram:${ctx.from?.id ?? ctx.chat?.id ?? 'unknown'}`];
  if (ctx.chat && ctx.chat.type !== 'private') keys.push(`chat:telegram:${ctx.chat.id}`);
  for (const key of keys) {
    const allowed = rt.deps.limiter.take(key);
    if (allowed) {
      rt.flood.settle(key, true);
      continue;
    }
    if (rt.flood.settle(key, false) && ctx.chat) {
      await ctx.api.sendMessage(ctx.chat.id, t(rt.prefs.localeOf(ctx.from), 'error.RATE_LIMITED'), {
        ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      });
    }
    return false;
  }
  return true;
}

/**
 * Checks `text` and replies to message `replyTo` with the verdict card. Unmatched and suggested
 * outcomes are kept for curators (the caller only gets here when the text was sent to the bot).
 */
export async function answerClaim(rt: TelegramRuntime, ctx: Context, text: string, replyTo: number): Promise<void> {
  const chat = ctx.chat;
  if (!chat || !(await admit(rt, ctx, replyTo))) return;
  const result = rt.deps.checker.check(text, { locale: rt.prefs.localeOf(ctx.from) });
  const answer = presentResult(result, { locale: rt.prefs.chosenBy(ctx.from?.id), canSubmit: true, share: rt.canShare() });
  // Kept before replying: if the reply fails (user blocked the bot, Telegram down), the claim is not lost.
  await recordOutcome(rt.deps, text, result, originOf(chat, ctx.from?.id));
  await ctx.api.sendMessage(chat.id, answer.html, {
    ...CARD_MESSAGE,
    reply_parameters: { message_id: replyTo, allow_sending_without_reply: true },
    ...(answer.keyboard ? { reply_markup: answer.keyboard } : {}),
  });
  rt.log.debug({ outcome: result.outcome, lang: result.lang, chatType: chat.type }, 'answered a claim');
}
