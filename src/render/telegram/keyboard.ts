import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { tt } from '../../core/i18n/telegram.ts';
import type { Stance } from '../../core/match/types.ts';
import type { Card } from '../model.ts';
import { encodeAction, entryRef } from './callback-data.ts';
import { cut } from './html.ts';

export interface KeyboardOptions {
  expanded?: boolean;
  /** The stance the card was rendered with, kept when the card is expanded or collapsed. */
  stance?: Stance;
  /** Offer "Send to curators" (only where the claim text can be recovered from the chat). */
  canSubmit?: boolean;
  /** Offer "Share" (it opens inline mode, so only when the bot has inline mode enabled). Default true. */
  share?: boolean;
}

/** The inline query that re-creates this entry's card in another chat (see inline handler). */
export function shareQuery(entryId: string): string {
  return `#${entryId}`;
}

const cb = (text: string, data: string): InlineKeyboardButton => ({ text, callback_data: data });

/** Buttons under a card: sources / feedback / share for a match, picks for suggestions, curators for none. */
export function cardKeyboard(card: Card, options: KeyboardOptions = {}): InlineKeyboardMarkup | undefined {
  const locale = card.locale;
  if (card.kind === 'match' && card.entryId) {
    const ref = entryRef(card.entryId);
    const expand = !options.expanded;
    const rows: InlineKeyboardButton[][] = [];
    if (card.statements.length > 1) {
      rows.push([
        cb(tt(locale, expand ? 'button.sources' : 'button.fewer'), encodeAction({ kind: 'sources', expand, locale, stance: options.stance ?? 'repeats', ref })),
      ]);
    }
    rows.push([cb('👍', encodeAction({ kind: 'feedback', vote: 'up', ref })), cb('👎', encodeAction({ kind: 'feedback', vote: 'down', ref }))]);
    if (options.share !== false) rows.push([{ text: tt(locale, 'button.share'), switch_inline_query: shareQuery(card.entryId) }]);
    return { inline_keyboard: rows };
  }
  if (card.kind === 'suggest') {
    return {
      inline_keyboard: card.candidates.slice(0, 3).map((c, i) => [cb(`${i + 1}. ${cut(c.claim, 60)}`, encodeAction({ kind: 'pick', locale, ref: entryRef(c.id) }))]),
    };
  }
  if (card.kind === 'none' && options.canSubmit) {
    return { inline_keyboard: [[cb(tt(locale, 'button.submit'), encodeAction({ kind: 'submit', locale }))]] };
  }
  return undefined;
}
