import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/check-result.ts';
import type { Checker } from '../../src/core/checker.ts';
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { startOps } from '../../src/ops/index.ts';

const none: CheckResult = { outcome: 'none', reason: 'no-candidate', lang: 'en', truncated: false };

describe('startOps: what main.ts wires in one call', () => {
  it('serves health and metrics for the checks adapters make, and limits per user', async () => {
    const checker: Checker = { check: () => none, kb: () => new KnowledgeBase([]), swap: () => undefined };
    let connected = false;
    const ops = await startOps({
      checker,
      log: pino({ level: 'silent' }),
      adapters: () => [{ name: 'discord', healthy: () => connected }],
      rateLimit: { perMinute: 10, burst: 2 },
      httpPort: 0,
    });
    try {
      ops.checkerFor('discord').check('a claim');
      const base = `http://127.0.0.1:${ops.server!.port}`;
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('claimcheck_checks_total{platform="discord",outcome="none"} 1');
      expect(metrics).toContain('claimcheck_process_cpu_seconds_total'); // process metrics too
      // An empty knowledge base and a disconnected adapter are both unhealthy.
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      connected = true;
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ ok: false, knowledgeBase: { entries: 0 } });
      expect([1, 2, 3].map(() => ops.limiter.take('user:discord:7'))).toEqual([true, true, false]);
      expect([1, 2, 3, 4, 5, 6, 7].map(() => ops.limiter.take('chat:discord:7')).filter(Boolean)).toHaveLength(6);
    } finally {
      await ops.close();
    }
  });
});
