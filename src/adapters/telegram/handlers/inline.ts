import { Composer, type Context } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { CheckResult } from '../../../core/check-result.ts';
import { tt } from '../../../core/i18n/telegram.ts';
import type { Locale } from '../../../core/knowledge/schema.ts';
import type { Stance } from '../../../core/match/types.ts';
import { cut, entryRef, resolveEntryRef } from '../../../render/telegram/index.ts';
import { originOf } from '../claim-text.ts';
import { CARD_MESSAGE, presentEntry, presentResult, type TelegramAnswer } from '../present.ts';
import type { TelegramRuntime } from '../runtime.ts';

/** Telegram shows at most this many of our inline results (the API allows 50). */
const MAX_RESULTS = 5;
const STANCE_CODE: Record<Stance, string> = { repeats: 'r', contradicts: 'c', unclear: 'u' };

function article(id: string, answer: TelegramAnswer): InlineQueryResultArticle {
  const card = answer.card;
  const title = card.kind === 'match' && card.framing === 'repeats' && card.claim ? `${card.verdictLabel}: ${card.claim}` : card.headline;
  const description = card.kind === 'match' ? (card.framing === 'repeats' ? card.summary : card.claim) : card.explanation;
  return {
    type: 'article',
    id,
    title: cut(title, 120),
    ...(description ? { description: cut(description, 160) } : {}),
    input_message_content: { message_text: answer.html, ...CARD_MESSAGE },
    ...(answer.keyboard ? { reply_markup: answer.keyboard } : {}),
  };
}

/** Result ids name the entry (≤ 64 bytes), so chosen_inline_result can record the share. */
function entryArticle(entryId: string, answer: TelegramAnswer, stance: Stance): InlineQueryResultArticle {
  return article(`e:${STANCE_CODE[stance]}:${entryRef(entryId)}`, answer);
}

function resultsFor(rt: TelegramRuntime, query: string, locale: Locale, chosen: Locale | undefined): InlineQueryResultArticle[] {
  const kb = rt.deps.checker.kb();
  // "#<entry-id>" is what the Share button types: it always yields exactly that entry.
  const shared = /^#([a-z0-9-]+)$/.exec(query);
  const sharedEntry = shared ? resolveEntryRef(kb, shared[1]!) : undefined;
  if (sharedEntry) return [entryArticle(sharedEntry.id, presentEntry(sharedEntry, locale, 'repeats', { share: true }), 'repeats')];

  const result: CheckResult = rt.deps.checker.check(query, { locale });
  const shownLocale = chosen ?? result.lang;
  if (result.outcome === 'match') {
    return [entryArticle(result.entry.id, presentEntry(result.entry, shownLocale, result.stance, { share: true }), result.stance)];
  }
  if (result.outcome === 'suggest') {
    return result.candidates
      .slice(0, MAX_RESULTS)
      .map(({ entry }) => entryArticle(entry.id, presentEntry(entry, shownLocale, 'unclear', { share: true }), 'unclear'));
  }
  // Inline messages cannot be traced back to their text later, so no "Send to curators" here.
  return [article('none', presentResult(result, { locale: shownLocale, canSubmit: false, share: true }))];
}

/** Inline mode: "@bot <claim>" in any chat offers verdict cards to send there. */
export function inlineHandlers(rt: TelegramRuntime): Composer<Context> {
  const inline = new Composer<Context>();

  inline.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const locale = rt.prefs.localeOf(ctx.from);
    // Inline queries arrive per keystroke: a refused one gets no results, never a notice.
    const allowed = rt.deps.limiter.take(`user:telegram:inline:${ctx.from.id}`);
    if (!query || !allowed) {
      const hint = { text: tt(locale, 'inline.hint-title'), start_parameter: 'inline' };
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true, ...(query ? {} : { button: hint }) });
      return;
    }
    const results = resultsFor(rt, query, locale, rt.prefs.chosenBy(ctx.from.id)).slice(0, MAX_RESULTS);
    await ctx.answerInlineQuery(results, { cache_time: 30, is_personal: true });
  });

  inline.on('chosen_inline_result', async (ctx) => {
    const m = /^e:[rcu]:(.+)$/.exec(ctx.chosenInlineResult.result_id);
    const entry = m ? resolveEntryRef(rt.deps.checker.kb(), m[1]!) : undefined;
    if (!entry) return;
    await rt.deps.store.recordShare({ entryId: entry.id, origin: originOf(undefined, ctx.from.id), at: new Date() });
  });

  return inline;
}

