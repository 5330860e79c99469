import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ClaimcheckError } from './core/errors.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalText.pipe(z.url({ protocol: /^https?$/ }).optional());
/** An optional whole number within [min, max]. */
const intVar = (min: number, max: number) =>
  optionalText.pipe(
    z.string().regex(/^\d+$/, 'Expected a whole number').transform(Number).pipe(z.number().int().min(min).max(max)).optional(),
  );
const optionalPort = intVar(1, 65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable claimcheck reads (DESIGN §4). All optional. */
const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalText.pipe(z.string().regex(/^\d+:[\w-]+$/, 'Expected a BotFather token like 123456:ABC-DEF...').optional()),
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'Use 1-256 characters: A-Z a-z 0-9 _ -').optional()),
  TELEGRAM_WEBHOOK_PORT: optionalPort,
  DISCORD_TOKEN: optionalText,
  DISCORD_API_ROOT: optionalUrl,
  DISCORD_GUILD_ID: optionalText.pipe(z.string().regex(/^\d{15,22}$/, 'Expected a numeric guild id').optional()),
  DISCORD_SHARE_REQUIRES_MANAGE_MESSAGES: optionalText.pipe(bool.optional()),
  DISCORD_SHARE_ROLE: optionalText,
  KNOWLEDGE_DIR: optionalText,
  DATA_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  RETENTION_DAYS: intVar(0, 100_000),
  HTTP_PORT: intVar(0, 65535),
  HTTP_HOST: optionalText,
  RATE_LIMIT_PER_MINUTE: intVar(1, 1_000_000),
  RATE_LIMIT_BURST: intVar(1, 1_000_000),
  RATE_LIMIT_CHAT_PER_MINUTE: intVar(1, 1_000_000),
  RATE_LIMIT_CHAT_BURST: intVar(1, 1_000_000),
  LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  CLAIMREVIEW_AUTHOR_NAME: optionalText,
  CLAIMREVIEW_AUTHOR_URL: optionalUrl,
});

/** Names of every variable claimcheck reads; .env.example documents each (a test checks). */
export const ENV_VARS = Object.keys(envSchema.shape);

export interface Config {
  telegram?: {
    token: string;
    apiRoot?: string;
    webhook?: { url: string; secret: string; port: number };
  };
  discord?: {
    token: string;
    apiRoot?: string;
    guildId?: string;
    share: { requireManageMessages: boolean; roleName?: string };
  };
  knowledgeDir: string;
  dataDir: string;
  databaseUrl?: string;
  retentionDays: number;
  httpPort?: number;
  httpHost: string;
  rateLimit: { perMinute: number; burst: number; chatPerMinute: number; chatBurst: number };
  logLevel: string;
  claimReviewAuthor: { name: string; url: string };
}

/**
 * Reads and validates the environment once. Throws a ClaimcheckError('CONFIG_INVALID') whose
 * message lists every bad variable, so a user fixes all of them in one go.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
    throw new ClaimcheckError('CONFIG_INVALID', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const webhookParts = [e.TELEGRAM_WEBHOOK_URL, e.TELEGRAM_WEBHOOK_SECRET];
  if (webhookParts.some(Boolean) && !webhookParts.every(Boolean)) {
    throw new ClaimcheckError(
      'CONFIG_INVALID',
      'Invalid configuration:\n  TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET must be set together',
    );
  }
  return {
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          webhook:
            e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET
              ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET, port: e.TELEGRAM_WEBHOOK_PORT ?? 8443 }
              : undefined,
        }
      : undefined,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          apiRoot: e.DISCORD_API_ROOT,
          guildId: e.DISCORD_GUILD_ID,
          share: { requireManageMessages: e.DISCORD_SHARE_REQUIRES_MANAGE_MESSAGES ?? true, roleName: e.DISCORD_SHARE_ROLE },
        }
      : undefined,
    knowledgeDir: path.resolve(cwd, e.KNOWLEDGE_DIR ?? 'knowledge'),
    dataDir: path.resolve(cwd, e.DATA_DIR ?? 'data'),
    databaseUrl: e.DATABASE_URL,
    retentionDays: e.RETENTION_DAYS ?? 90,
    httpPort: e.HTTP_PORT,
    httpHost: e.HTTP_HOST ?? '127.0.0.1',
    rateLimit: {
      perMinute: e.RATE_LIMIT_PER_MINUTE ?? 20,
      burst: e.RATE_LIMIT_BURST ?? 5,
      chatPerMinute: e.RATE_LIMIT_CHAT_PER_MINUTE ?? 3 * (e.RATE_LIMIT_PER_MINUTE ?? 20),
      chatBurst: e.RATE_LIMIT_CHAT_BURST ?? 3 * (e.RATE_LIMIT_BURST ?? 5),
    },
    logLevel: e.LOG_LEVEL ?? 'info',
    claimReviewAuthor: {
      name: e.CLAIMREVIEW_AUTHOR_NAME ?? 'claimcheck',
      url: e.CLAIMREVIEW_AUTHOR_URL ?? 'https://example.org/claimcheck',
    },
  };
}

/** Loads `.env` from cwd into `env` when present; real environment variables win. */
export function loadDotEnv(cwd: string): void {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
