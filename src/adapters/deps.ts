import type { Logger } from 'pino';
import type { Checker } from '../core/checker.ts';
import type { ClaimStore } from '../store/ports.ts';

/** Decides whether a user or chat may make another check now. */
export interface RateLimiter {
  /** True when the request may proceed; false when the key is over its budget. */
  take(key: string): boolean;
}

export const unlimited: RateLimiter = { take: () => true };

/** What every adapter is given by the composition root (src/main.ts). */
export interface AdapterDeps {
  checker: Checker;
  store: ClaimStore;
  log: Logger;
  limiter: RateLimiter;
}

/** A started adapter. `stop` stops taking updates and resolves after in-flight work finishes. */
export interface RunningAdapter {
  readonly name: 'console' | 'telegram' | 'discord';
  /** True while connected to its platform. */
  healthy(): boolean;
  stop(): Promise<void>;
}
