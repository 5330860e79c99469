import pino, { type Logger } from 'pino';

/** Secrets that may ride along in objects we log; pino replaces them with "[redacted]". */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'config.telegram.token',
  'config.discord.token',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'headers["x-telegram-bot-api-secret-token"]',
  'secret',
  '*.secret',
  'databaseUrl',
  '*.databaseUrl',
];

/** Bot tokens also appear inside strings (`/bot<token>/` in Bot API URLs, error messages): mask them there too. */
const TOKEN_IN_TEXT = /(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}|[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g;

export function maskSecrets(text: string): string {
  return text.replace(TOKEN_IN_TEXT, '[redacted]');
}

/** Masks tokens in every string of a serialised value (objects, arrays, nested causes). */
export function maskDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return maskSecrets(value) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)])) as T;
}

/**
 * Structured logs to stderr (fd 2) so stdout stays clean for the CLI and the console chat.
 * `destination` is for tests.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskSecrets(a) : a));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: {
        // Nested causes (grammY's HttpError wraps a fetch error quoting the Bot API URL) are
        // serialised too: mask every string in the whole tree, not just the top message.
        err: (err: unknown) => maskDeep(pino.stdSerializers.err(err as Error)),
      },
    },
    destination,
  );
}
