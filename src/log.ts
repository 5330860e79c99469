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

/** Bot tokens also appear inside strings (Bot API URLs, error messages): mask them there too. */
const TOKEN_IN_TEXT = /\b\d{6,12}:[A-Za-z0-9_-]{30,}\b|\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}\b/g;

export function maskSecrets(text: string): string {
  return text.replace(TOKEN_IN_TEXT, '[redacted]');
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
        err: (err: unknown) => {
          const s = pino.stdSerializers.err(err as Error);
          return { ...s, message: maskSecrets(s.message ?? ''), stack: s.stack ? maskSecrets(s.stack) : undefined };
        },
      },
    },
    destination,
  );
}
