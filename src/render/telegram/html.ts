/**
 * Telegram HTML parse mode helpers. Every string that came from a user or from the knowledge base
 * goes through `escapeHtml` before it is put between tags: Telegram rejects a whole message for
 * one stray `<` or `&` ("can't parse entities").
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function bold(text: string): string {
  return `<b>${escapeHtml(text)}</b>`;
}

export function italic(text: string): string {
  return `<i>${escapeHtml(text)}</i>`;
}

export function blockquote(text: string): string {
  return `<blockquote>${escapeHtml(text)}</blockquote>`;
}

/** A link whose visible text and address are both escaped. */
export function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

/** Cuts plain text to at most `max` code units, ending with "…", never splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** "https://www.cisa.gov/news/..." → "cisa.gov", for a short link label. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
