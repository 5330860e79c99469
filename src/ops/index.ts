import type { Logger } from 'pino';
import type { RateLimiter, RunningAdapter } from '../adapters/deps.ts';
import type { Checker } from '../core/checker.ts';
import type { StoreStatus } from '../store/resilient-store.ts';
import { healthReport } from './health.ts';
import { startOpsServer, type OpsServer } from './http-server.ts';
import { instrumentChecker } from './instrument-checker.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { createRateLimiter } from './rate-limit.ts';

export { installShutdown, type ShutdownOptions } from './shutdown.ts';
export { retryWithBackoff, type RetryOptions } from './retry.ts';
export { createRateLimiter, type RateLimitConfig } from './rate-limit.ts';
export { createMetrics, type Metrics } from './metrics.ts';
export { instrumentChecker } from './instrument-checker.ts';
export { startOpsServer } from './http-server.ts';

export interface OpsOptions {
  checker: Checker;
  log: Logger;
  /** The running adapters; a getter because they may connect after start-up retries. */
  adapters: () => readonly Pick<RunningAdapter, 'name' | 'healthy'>[];
  store?: { status(): StoreStatus };
  /** Per user; chats get `chatPerMinute`/`chatBurst`, by default three times the user budget. */
  rateLimit: { perMinute: number; burst: number; chatPerMinute?: number; chatBurst?: number };
  /** Serve /healthz and /metrics on this port when set. */
  httpPort?: number;
  httpHost?: string;
}

export interface Ops {
  metrics: Metrics;
  /** Shared by every adapter: keys `user:<platform>:<id>` and `chat:<platform>:<id>`. */
  limiter: RateLimiter;
  /** The shared checker, counted under this platform's label: pass it in that adapter's deps. */
  checkerFor(platform: RunningAdapter['name']): Checker;
  server?: OpsServer;
  /** Stops the HTTP server (a `closers` entry for installShutdown). */
  close(): Promise<void>;
}

/** Everything operational main.ts needs, in one call. */
export async function startOps(options: OpsOptions): Promise<Ops> {
  const { checker, log, rateLimit } = options;
  const metrics = createMetrics();
  metrics.trackKnowledgeBase(() => checker.kb().size);
  const limiter = createRateLimiter({
    user: { perMinute: rateLimit.perMinute, burst: rateLimit.burst },
    chat: { perMinute: rateLimit.chatPerMinute ?? rateLimit.perMinute * 3, burst: rateLimit.chatBurst ?? rateLimit.burst * 3 },
  });
  const server =
    options.httpPort === undefined
      ? undefined
      : await startOpsServer({
          port: options.httpPort,
          host: options.httpHost,
          metrics,
          log,
          health: () => healthReport({ kbSize: () => checker.kb().size, adapters: options.adapters, store: options.store }),
        });
  return {
    metrics,
    limiter,
    checkerFor: (platform) => instrumentChecker(checker, metrics, platform),
    server,
    close: async () => server?.close(),
  };
}
