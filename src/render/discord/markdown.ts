/**
 * Discord markdown escaping. Discord renders a backslash before any ASCII punctuation as that
 * character, so escaping every markdown-significant character (and the backslash itself) shows
 * user and KB text literally: no bold/italics, spoilers, quotes, headings, masked links or
 * mention/timestamp syntax (<@id>, <t:...>).
 */
const SPECIAL = /[\\*_~`|>#\-[\]()<@:]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** Exact inverse of escapeMarkdown. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_~`|>#\-[\]()<@:])/g, '$1');
}

const ELLIPSIS = '…';

/** Cuts plain text to at most `max` UTF-16 units without splitting a character. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const chars = Array.from(text);
  let out = '';
  for (const ch of chars) {
    if (out.length + ch.length + ELLIPSIS.length > max) break;
    out += ch;
  }
  return out.trimEnd() + ELLIPSIS;
}

/**
 * Escapes `text` and, when the escaped form is longer than `max`, cuts the raw text (never an
 * escape sequence) so that the escaped result plus an ellipsis fits.
 */
export function escapeCut(text: string, max: number): string {
  const full = escapeMarkdown(text);
  if (full.length <= max) return full;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (escapeMarkdown(chars.slice(0, mid).join('')).length + ELLIPSIS.length <= max) lo = mid;
    else hi = mid - 1;
  }
  return escapeMarkdown(chars.slice(0, lo).join('').trimEnd()) + ELLIPSIS;
}

/** Quotes text as a Discord block quote ("> " on every line), escaped and cut to `max`. */
export function blockQuote(text: string, max: number): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const body = escapeCut(lines.join('\n'), Math.max(0, max - 2 * lines.length - 2));
  return body.split('\n').map((l) => `> ${l}`).join('\n');
}
