import type { InlineKeyboardMarkup } from 'grammy/types';
import type { CheckResult } from '../../core/check-result.ts';
import type { Entry, Locale } from '../../core/knowledge/schema.ts';
import type { Stance } from '../../core/match/types.ts';
import { cardFor, entryCard, type Card } from '../../render/model.ts';
import { cardKeyboard, renderCardHtml } from '../../render/telegram/index.ts';

/** A rendered answer: HTML text, its buttons, and the card it came from. */
export interface TelegramAnswer {
  card: Card;
  html: string;
  keyboard: InlineKeyboardMarkup | undefined;
}

/** Options every card message is sent with: HTML parse mode, no link preview under the card. */
export const CARD_MESSAGE = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

/** Whether a no-match answer deserves a "Send to curators" button (not for empty/too-short input). */
export function submittable(result: CheckResult): boolean {
  return result.outcome === 'none' && result.reason !== 'empty' && result.reason !== 'too-short';
}

/**
 * The answer to a checked text. `locale` overrides the detected language (a /lang choice);
 * `canSubmit` says whether the claim can be recovered later from the chat for curators.
 */
export function presentResult(result: CheckResult, options: { locale?: Locale; canSubmit: boolean; share: boolean }): TelegramAnswer {
  const shown = options.locale ? { ...result, lang: options.locale } : result;
  const card = cardFor(shown);
  const html = renderCardHtml(card);
  const stance: Stance | undefined = result.outcome === 'match' ? result.stance : undefined;
  const keyboard = cardKeyboard(card, { stance, canSubmit: options.canSubmit && submittable(result), share: options.share });
  return { card, html, keyboard };
}

/** The card for one entry (a picked suggestion, an expanded card, an inline share). */
export function presentEntry(entry: Entry, locale: Locale, stance: Stance, options: { expanded?: boolean; share: boolean }): TelegramAnswer {
  const card = entryCard(entry, locale, stance);
  const expanded = options.expanded ?? false;
  return { card, html: renderCardHtml(card, { expanded }), keyboard: cardKeyboard(card, { expanded, stance, share: options.share }) };
}
