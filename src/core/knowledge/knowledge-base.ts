import type { Entry, Locale } from './schema.ts';

/**
 * An immutable, validated set of entries. A reload builds a new KnowledgeBase and swaps the
 * reference, so readers never see a half-loaded state.
 */
export class KnowledgeBase {
  readonly entries: readonly Entry[];
  /** Entries the bot may answer with: drafts stay hidden until a curator publishes them. */
  readonly served: readonly Entry[];
  private readonly byId: ReadonlyMap<string, Entry>;

  constructor(entries: readonly Entry[]) {
    this.entries = Object.freeze([...entries]);
    this.served = Object.freeze(this.entries.filter((e) => e.status !== 'draft'));
    this.byId = new Map(this.entries.map((e) => [e.id, e]));
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.served.length;
  }
}

/** The summary in the wanted locale, falling back to English. */
export function summaryFor(entry: Entry, locale: Locale): string {
  return entry.summary[locale] ?? entry.summary.en;
}
