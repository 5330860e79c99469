import { Composer, GrammyError, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import { tt } from '../../../core/i18n/telegram.ts';
import { decodeAction, resolveEntryRef, type ButtonAction } from '../../../render/telegram/index.ts';
import { claimBehindCard, originOf } from '../claim-text.ts';
import { CARD_MESSAGE, presentEntry } from '../present.ts';
import type { TelegramRuntime } from '../runtime.ts';

/** "Message is not modified" only means the user tapped the same button twice. */
function ignoreNotModified(error: unknown): void {
  if (error instanceof GrammyError && error.description.includes('message is not modified')) return;
  throw error;
}

/** Inline buttons under cards: sources, feedback, suggestion picks, curators, language. */
export function buttonHandlers(rt: TelegramRuntime): Composer<Context> {
  const buttons = new Composer<Context>();

  const handle = async (ctx: Context, action: ButtonAction): Promise<string | undefined> => {
    const kb = rt.deps.checker.kb();
    const origin = originOf(ctx.chat, ctx.from?.id);
    switch (action.kind) {
      case 'sources':
      case 'pick': {
        const entry = resolveEntryRef(kb, action.ref);
        if (!entry) return tt(action.locale, 'card.stale');
        const answer =
          action.kind === 'pick'
            ? presentEntry(entry, action.locale, 'unclear', { share: rt.canShare() })
            : presentEntry(entry, action.locale, action.stance, { expanded: action.expand, share: rt.canShare() });
        await ctx.editMessageText(answer.html, { ...CARD_MESSAGE, ...(answer.keyboard ? { reply_markup: answer.keyboard } : {}) }).catch(ignoreNotModified);
        return undefined;
      }
      case 'feedback': {
        const entryId = resolveEntryRef(kb, action.ref)?.id ?? action.ref;
        await rt.deps.store.recordFeedback({ entryId, vote: action.vote, origin, at: new Date() });
        return tt(rt.prefs.localeOf(ctx.from), 'feedback.thanks');
      }
      case 'submit': {
        const text = claimBehindCard(ctx.callbackQuery?.message as Message | undefined, rt.username());
        if (!text) return tt(action.locale, 'submit.lost');
        await rt.deps.store.recordSubmission({ text, lang: action.locale, origin, at: new Date() });
        await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(ignoreNotModified);
        return tt(action.locale, 'submit.thanks');
      }
      case 'lang': {
        if (ctx.from) rt.prefs.set(ctx.from.id, action.locale);
        await ctx.editMessageText(tt(action.locale, 'lang.set')).catch(ignoreNotModified);
        return undefined;
      }
    }
  };

  buttons.on('callback_query:data', async (ctx) => {
    const action = decodeAction(ctx.callbackQuery.data);
    let notice: string | undefined;
    try {
      // Buttons from other bots' versions or tampered data are answered and otherwise ignored.
      if (action) notice = await handle(ctx, action);
    } finally {
      // Always answer, or the user's client shows a spinner on the button.
      await ctx.answerCallbackQuery(notice ? { text: notice } : {});
    }
  });

  return buttons;
}
