import { Composer, type Context } from 'grammy';
import { tt } from '../../../core/i18n/telegram.ts';
import { answerClaim } from '../answer.ts';
import { claimIn, mentions, textOf } from '../claim-text.ts';
import type { TelegramRuntime } from '../runtime.ts';

/**
 * Plain messages (commands are handled before this). Private chats: every text, forwarded text
 * or photo caption is a claim. Groups: only a message that mentions the bot is; everything else
 * is ignored, which is also what Telegram's privacy mode delivers.
 */
export function messageHandlers(rt: TelegramRuntime): Composer<Context> {
  const messages = new Composer<Context>();
  const privateChats = messages.chatType('private');
  const groups = messages.chatType(['group', 'supergroup']);

  privateChats.on('message', async (ctx) => {
    const text = textOf(ctx.msg);
    const locale = rt.prefs.localeOf(ctx.from);
    if (text === undefined) {
      await ctx.reply(tt(locale, 'private.no-text'));
      return;
    }
    if (/^\/[A-Za-z0-9_]+(@\w+)?(\s|$)/.test(text)) {
      // An unknown command: explain what the bot understands instead of "checking" it.
      await ctx.reply(tt(locale, 'help.private', { bot: rt.username() }));
      return;
    }
    await answerClaim(rt, ctx, claimIn(ctx.msg, rt.username()), ctx.msg.message_id);
  });

  // Added to a group: say once how to use the bot there (service messages arrive in privacy mode).
  groups.on('message:new_chat_members:me', async (ctx) => {
    await ctx.reply(tt(rt.prefs.localeOf(ctx.from), 'help.group'));
  });

  groups.on(['message:text', 'message:caption'], async (ctx) => {
    if (!mentions(ctx.msg, rt.username())) return;
    const claim = claimIn(ctx.msg, rt.username());
    if (claim) return answerClaim(rt, ctx, claim, ctx.msg.message_id);
    const target = ctx.msg.reply_to_message;
    const targetText = claimIn(target, rt.username());
    if (target && targetText) return answerClaim(rt, ctx, targetText, target.message_id);
    await ctx.reply(tt(rt.prefs.localeOf(ctx.from), 'check.usage'), {
      reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
    });
  });

  return messages;
}
