import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { z } from 'zod';
import { openBackend, SQLITE_FILE } from '../store/index.ts';
import type { DurableStore } from '../store/ports.ts';
import { clusterClaims } from '../store/review/cluster.ts';
import { formatClusters, formatFeedback, formatShares } from '../store/review/format.ts';
import type { CliCommand } from './io.ts';

export const REVIEW_USAGE = `usage: claimcheck review [--json] [--limit N] [--days N]   unanswered claims, grouped, most asked first
       claimcheck review feedback [--json] [--limit N]       answers with the most 👎 first
       claimcheck review shares [--json] [--limit N]         most shared answers`;

/** Claims read for clustering: the newest ones, enough for months of a busy bot. */
const MAX_CLAIMS = 20_000;

/** Unset and empty mean the same: the default. */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const envSchema = z.object({
  DATA_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional()),
});

const argsSchema = z.object({
  view: z.enum(['claims', 'feedback', 'shares']),
  json: z.boolean(),
  limit: z.coerce.number().int().min(1).max(10_000),
  days: z.coerce.number().int().min(1).optional(),
});

function parse(args: string[]): z.infer<typeof argsSchema> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, limit: { type: 'string' }, days: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`unexpected argument: ${positionals[1]}`);
  return argsSchema.parse({ view: positionals[0] ?? 'claims', json: values.json ?? false, limit: values.limit ?? 50, days: values.days });
}

/** `claimcheck review`: the curator's to-do list, read from the same store the bot writes. */
export const reviewCommand: CliCommand = async (args, io) => {
  let options;
  let env;
  try {
    options = parse(args);
    env = envSchema.parse(io.env);
  } catch (err) {
    const message = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('\n') : (err as Error).message;
    io.stderr.write(`${message}\n${REVIEW_USAGE}\n`);
    return 2;
  }
  const dataDir = resolve(io.cwd, env.DATA_DIR ?? 'data');
  if (!env.DATABASE_URL && !existsSync(join(dataDir, SQLITE_FILE))) {
    io.stdout.write(options.json ? `${JSON.stringify(empty(options.view))}\n` : `No records yet (no database at ${join(dataDir, SQLITE_FILE)}).\n`);
    return 0;
  }
  let store: DurableStore;
  try {
    store = await openBackend({ dataDir, databaseUrl: env.DATABASE_URL }, pino({ level: 'warn' }, io.stderr), { sqliteBusyTimeoutMs: 5_000 });
  } catch (err) {
    io.stderr.write(`Cannot open the database: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    io.stdout.write(await render(store, options));
    return 0;
  } finally {
    await store.close();
  }
};

function empty(view: z.infer<typeof argsSchema>['view']): object {
  return view === 'claims' ? { claims: 0, clusters: [] } : { entries: [] };
}

async function render(store: DurableStore, o: z.infer<typeof argsSchema>): Promise<string> {
  const asJson = (value: unknown): string => `${JSON.stringify(value)}\n`;
  if (o.view === 'feedback') {
    const tallies = await store.feedbackTally({ limit: o.limit });
    return o.json ? asJson({ entries: tallies }) : formatFeedback(tallies);
  }
  if (o.view === 'shares') {
    const tallies = await store.shareTally({ limit: o.limit });
    return o.json ? asJson({ entries: tallies }) : formatShares(tallies);
  }
  const since = o.days === undefined ? undefined : new Date(Date.now() - o.days * 86_400_000);
  const claims = await store.listClaims({ limit: MAX_CLAIMS, since });
  const clusters = clusterClaims(claims).slice(0, o.limit);
  return o.json ? asJson({ claims: claims.length, clusters }) : formatClusters(clusters, claims.length);
}

