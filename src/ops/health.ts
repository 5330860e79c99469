import type { StoreStatus } from '../store/resilient-store.ts';

export interface HealthReport {
  /** True when the knowledge base has entries and every adapter is connected. */
  ok: boolean;
  knowledgeBase: { entries: number };
  adapters: { name: string; healthy: boolean }[];
  /** Reported, not counted against `ok`: the bot answers while the database is down. */
  store?: StoreStatus;
}

export interface HealthSources {
  kbSize: () => number;
  adapters: () => readonly { name: string; healthy(): boolean }[];
  store?: { status(): StoreStatus };
}

export function healthReport(sources: HealthSources): HealthReport {
  const entries = sources.kbSize();
  const adapters = sources.adapters().map((a) => ({ name: a.name, healthy: a.healthy() }));
  return {
    ok: entries > 0 && adapters.every((a) => a.healthy),
    knowledgeBase: { entries },
    adapters,
    ...(sources.store ? { store: sources.store.status() } : {}),
  };
}
