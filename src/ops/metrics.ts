import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CheckResult } from '../core/check-result.ts';

export type Outcome = CheckResult['outcome'];

/** What adapters and main report; one registry per process, served at /metrics. */
export interface Metrics {
  readonly registry: Registry;
  observeCheck(platform: string, outcome: Outcome, seconds: number): void;
  /** component: 'check', 'store', 'telegram', 'discord', ... (a small fixed set: it is a label). */
  countError(component: string): void;
  /** Reports the served knowledge base size at each scrape. */
  trackKnowledgeBase(size: () => number): void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'claimcheck_' });
  const checks = new Counter({
    name: 'claimcheck_checks_total',
    help: 'Claims checked, by outcome (match, suggest, none) and platform.',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'claimcheck_check_duration_seconds',
    help: 'Time to check one claim against the knowledge base.',
    labelNames: ['platform'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'claimcheck_errors_total',
    help: 'Errors caught and survived, by component.',
    labelNames: ['component'] as const,
    registers: [registry],
  });
  let kbSize: () => number = () => 0;
  new Gauge({
    name: 'claimcheck_knowledge_base_entries',
    help: 'Entries the bot currently answers with (drafts excluded).',
    registers: [registry],
    collect() {
      this.set(kbSize());
    },
  });
  return {
    registry,
    observeCheck(platform, outcome, seconds) {
      checks.inc({ platform, outcome });
      latency.observe({ platform }, seconds);
    },
    countError: (component) => errors.inc({ component }),
    trackKnowledgeBase(size) {
      kbSize = size;
    },
  };
}
