/** Longer than any chat message a platform accepts; bounds what a flood can cost in storage. */
export const MAX_STORED_TEXT = 10_000;

/**
 * Text as both back ends can hold it: PostgreSQL rejects NUL in TEXT, and a hostile paste must be
 * stored rather than lost, so NUL becomes U+FFFD and the length is capped.
 */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').slice(0, MAX_STORED_TEXT);
}
