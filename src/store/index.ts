import { join } from 'node:path';
import type { Logger } from 'pino';
import { startRetention } from '../ops/retention.ts';
import type { Scheduler } from '../ops/scheduler.ts';
import { openPgStore } from './postgres/pg-store.ts';
import type { DurableStore } from './ports.ts';
import { createIdHasher } from './privacy/id-hasher.ts';
import { loadOrCreateSalt } from './privacy/salt.ts';
import { ResilientStore } from './resilient-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';

export type { ClaimStore, DurableStore, Origin } from './ports.ts';
export type { StoreStatus } from './resilient-store.ts';
export { ResilientStore, StoreUnavailableError } from './resilient-store.ts';

export const SQLITE_FILE = 'claimcheck.sqlite';

export interface StoreConfig {
  /** Holds the SQLite file and the id salt (the salt is used with PostgreSQL too). */
  dataDir: string;
  /** When set, PostgreSQL is used instead of SQLite, so several instances share state. */
  databaseUrl?: string;
  /** Days records are kept; 0 keeps them forever. */
  retentionDays: number;
}

export interface OpenStoreOptions {
  scheduler?: Scheduler;
  now?: () => Date;
  /** Counts store errors (e.g. metrics.countError('store')). */
  onWriteError?: (err: unknown) => void;
  sqliteBusyTimeoutMs?: number;
}

/** Opens the configured back end once, as is: the review CLI uses this so errors surface. */
export async function openBackend(
  config: Omit<StoreConfig, 'retentionDays'>,
  log: Logger,
  options: Pick<OpenStoreOptions, 'sqliteBusyTimeoutMs'> = {},
): Promise<DurableStore> {
  const hasher = createIdHasher(await loadOrCreateSalt(config.dataDir));
  if (config.databaseUrl) return openPgStore({ connectionString: config.databaseUrl, hasher, log });
  return openSqliteStore({
    file: join(config.dataDir, SQLITE_FILE),
    hasher,
    log,
    busyTimeoutMs: options.sqliteBusyTimeoutMs,
  });
}

/**
 * The bot's store in one call: SQLite under DATA_DIR, or PostgreSQL when DATABASE_URL is set;
 * wrapped so database faults never stop answers; retention purge on start and daily.
 * Never throws for a database fault: it logs and retries in the background.
 */
export async function openStore(config: StoreConfig, log: Logger, options: OpenStoreOptions = {}): Promise<ResilientStore> {
  const storeLog = log.child({ component: 'store' });
  storeLog.info({ backend: config.databaseUrl ? 'postgresql' : 'sqlite', retentionDays: config.retentionDays }, 'opening store');
  let stopRetention = (): void => undefined;
  const store = await ResilientStore.open({
    open: () => openBackend(config, storeLog, options),
    log: storeLog,
    scheduler: options.scheduler,
    onWriteError: options.onWriteError,
    onClose: () => stopRetention(),
  });
  const job = startRetention({
    store,
    retentionDays: config.retentionDays,
    log: storeLog,
    now: options.now,
    scheduler: options.scheduler,
  });
  stopRetention = () => job.stop();
  await job.firstRun;
  return store;
}
