import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Checker } from '../../src/core/checker.ts';
import type { CheckResult } from '../../src/core/check-result.ts';
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { healthReport } from '../../src/ops/health.ts';
import { startOpsServer, type OpsServer } from '../../src/ops/http-server.ts';
import { instrumentChecker } from '../../src/ops/instrument-checker.ts';
import { createMetrics } from '../../src/ops/metrics.ts';

const none: CheckResult = { outcome: 'none', reason: 'no-candidate', lang: 'en', truncated: false };
const fakeChecker = (kb: KnowledgeBase): Checker => ({ check: () => none, kb: () => kb, swap: () => undefined });

describe('ops HTTP server', () => {
  let server: OpsServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('/healthz is 200 when the knowledge base is loaded and every adapter connected, 503 otherwise', async () => {
    let telegramUp = true;
    let entries = 12;
    const adapters = [
      { name: 'telegram', healthy: () => telegramUp },
      { name: 'discord', healthy: () => true },
    ];
    server = await startOpsServer({
      port: 0,
      health: () =>
        healthReport({
          kbSize: () => entries,
          adapters: () => adapters,
          store: { status: () => ({ available: true, buffered: 0, dropped: 0 }) },
        }),
      metrics: createMetrics({ processMetrics: false }),
      log: pino({ level: 'silent' }),
    });
    const url = `http://127.0.0.1:${server.port}/healthz`;
    let res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      knowledgeBase: { entries: 12 },
      adapters: [
        { name: 'telegram', healthy: true },
        { name: 'discord', healthy: true },
      ],
      store: { available: true, buffered: 0, dropped: 0 },
    });
    telegramUp = false;
    res = await fetch(url);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { adapters: unknown[] }).adapters[0]).toEqual({ name: 'telegram', healthy: false });
    telegramUp = true;
    entries = 0;
    expect((await fetch(url)).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${server.port}/nope`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('/metrics counts checks by outcome and platform, their latency, KB size and errors', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const kb = new KnowledgeBase([]);
    let t = 0;
    const clockMovingFourMsPerReading = (): number => (t += 4);
    const telegram = instrumentChecker(fakeChecker(kb), metrics, 'telegram', clockMovingFourMsPerReading);
    telegram.check('a claim');
    telegram.check('another');
    const broken = instrumentChecker(
      { ...fakeChecker(kb), check: () => { throw new Error('boom'); } },
      metrics,
      'discord',
    );
    expect(() => broken.check('x')).toThrow('boom');
    metrics.trackKnowledgeBase(() => 42);
    metrics.countError('store');

    server = await startOpsServer({ port: 0, health: () => healthReport({ kbSize: () => 1, adapters: () => [] }), metrics, log: pino({ level: 'silent' }) });
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await res.text();
    expect(body).toContain('claimcheck_checks_total{platform="telegram",outcome="none"} 2');
    expect(body).toContain('claimcheck_check_duration_seconds_count{platform="telegram"} 2');
    expect(body).toContain('claimcheck_check_duration_seconds_bucket{le="0.005",platform="telegram"} 2');
    expect(body).toContain('claimcheck_check_duration_seconds_bucket{le="0.0025",platform="telegram"} 0');
    expect(body).toContain('claimcheck_knowledge_base_entries 42');
    expect(body).toContain('claimcheck_errors_total{component="check"} 1');
    expect(body).toContain('claimcheck_errors_total{component="store"} 1');
  });
});
