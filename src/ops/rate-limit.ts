import type { RateLimiter } from '../adapters/deps.ts';

/** A token bucket: `burst` checks at once, refilled at `perMinute`. burst 0 means no limit. */
export interface BucketConfig {
  burst: number;
  perMinute: number;
}

export interface RateLimitConfig {
  /** For keys `user:<platform>:<id>` (and any key without a known prefix). */
  user: BucketConfig;
  /** For keys `chat:<platform>:<id>`: one busy group cannot flood the bot for everyone. */
  chat: BucketConfig;
}

export interface RateLimiterOptions {
  /** Milliseconds from a monotonic clock; tests pass a fake one. */
  now?: () => number;
  /** Buckets kept in memory; beyond it, full (idle) buckets are forgotten first. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * One limiter shared by every adapter; an adapter asks for the user's key and the chat's key
 * (`limiter.take(userKey) && limiter.take(chatKey)`). Buckets live in memory, per instance: with
 * several instances each enforces its own budget.
 */
export function createRateLimiter(config: RateLimitConfig, options: RateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const maxKeys = options.maxKeys ?? 100_000;
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, limits: BucketConfig, t: number): void {
    const earned = ((t - bucket.updated) / 60_000) * limits.perMinute;
    bucket.tokens = Math.min(limits.burst, bucket.tokens + earned);
    bucket.updated = t;
  }

  function forgetIdle(t: number): void {
    for (const [key, bucket] of buckets) {
      const limits = limitsFor(key);
      refill(bucket, limits, t);
      if (bucket.tokens >= limits.burst) buckets.delete(key);
    }
    // Still too many active keys: the least recently used go (they get a fresh budget).
    for (const key of buckets.keys()) {
      if (buckets.size <= maxKeys * 0.9) break;
      buckets.delete(key);
    }
  }

  function limitsFor(key: string): BucketConfig {
    return key.startsWith('chat:') ? config.chat : config.user;
  }

  return {
    take(key) {
      const limits = limitsFor(key);
      if (limits.burst <= 0) return true;
      const t = now();
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        if (buckets.size >= maxKeys) forgetIdle(t);
        bucket = { tokens: limits.burst, updated: t };
        buckets.set(key, bucket);
      } else {
        refill(bucket, limits, t);
        // Re-insert: Map order then runs from least to most recently used.
        buckets.delete(key);
        buckets.set(key, bucket);
      }
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
