export { renderCardHtml, TELEGRAM_TEXT_LIMIT, type CardHtmlOptions } from './card.ts';
export { cardKeyboard, shareQuery, type KeyboardOptions } from './keyboard.ts';
export { decodeAction, encodeAction, entryRef, resolveEntryRef, MAX_CALLBACK_BYTES, type ButtonAction } from './callback-data.ts';
export { escapeHtml, cut } from './html.ts';
