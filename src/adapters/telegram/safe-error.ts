import { BotError, GrammyError, HttpError } from 'grammy';

/**
 * grammY errors can carry the bot token: the Bot API URL is `<root>/bot<token>/<method>`, and a
 * network failure's inner error quotes that URL. Before anything is logged it is rebuilt from
 * token-free parts only.
 */
export function maskToken(text: string, token: string): string {
  const masked = token ? text.split(token).join('[redacted]') : text;
  return masked.replace(/\/bot\d+:[A-Za-z0-9_-]+/g, '/bot[redacted]');
}

export interface SafeTelegramError extends Error {
  method?: string;
  errorCode?: number;
  description?: string;
  reason?: string;
}

/** A plain Error with the same meaning and no token anywhere (message, stack, cause). */
export function tokenFreeError(err: unknown, token: string): SafeTelegramError {
  const inner = err instanceof BotError ? err.error : err;
  const message = inner instanceof Error ? inner.message : String(inner);
  const safe: SafeTelegramError = new Error(maskToken(message, token));
  safe.name = inner instanceof Error ? inner.name : 'Error';
  safe.stack = inner instanceof Error && inner.stack ? maskToken(inner.stack, token) : undefined;
  if (inner instanceof GrammyError) {
    safe.method = inner.method;
    safe.errorCode = inner.error_code;
    safe.description = maskToken(inner.description, token);
  }
  if (inner instanceof HttpError && inner.error instanceof Error) {
    safe.reason = maskToken(`${inner.error.name}: ${inner.error.message}`, token);
  }
  return safe;
}
