import type { MatchDocument } from '../src/core/match/types.ts';

/** A search function over a built index: ranked document ids, best first. */
export type Search = (text: string, limit: number) => string[];
export type Build = (docs: readonly MatchDocument[]) => Search;

export interface Engine {
  name: EngineName;
  /** The exact settings used, printed with the results. */
  settings: string;
  /**
   * Imports the engine's code. Lazy, so a child process loads only the engine it measures
   * (fair memory numbers, and a peer still runs while the matcher is mid-change).
   */
  load(): Promise<Build>;
}

export const ENGINE_NAMES = ['claimcheck', 'minisearch', 'fuse.js'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Peers index the same text claimcheck sees for a vclaim: the claim and its title(s). */
const flat = (d: MatchDocument): { id: string; claim: string; title: string } => ({
  id: d.id,
  claim: d.claim,
  title: d.phrasings.join(' '),
});

const engines: Record<EngineName, Engine> = {
  claimcheck: {
    name: 'claimcheck',
    settings: 'createMatcher(docs) from src/core/match (the serving pipeline); rank(text, { limit })',
    load: async () => {
      const { createMatcher } = await import('../src/core/match/index.ts');
      return (docs) => {
        const matcher = createMatcher(docs);
        return (text, limit) => matcher.rank(text, { limit }).hits.map((h) => h.id);
      };
    },
  },
  minisearch: {
    name: 'minisearch',
    settings: 'MiniSearch 7: fields [claim, title], searchOptions { fuzzy: 0.2, prefix: true } (OR of terms, BM25+)',
    load: async () => {
      const { default: MiniSearch } = await import('minisearch');
      return (docs) => {
        const index = new MiniSearch<{ id: string; claim: string; title: string }>({
          fields: ['claim', 'title'],
          searchOptions: { fuzzy: 0.2, prefix: true },
        });
        index.addAll(docs.map(flat));
        return (text, limit) => index.search(text).slice(0, limit).map((r) => String(r.id));
      };
    },
  },
  'fuse.js': {
    name: 'fuse.js',
    settings: 'Fuse.js 7: keys [claim, title], ignoreLocation: true, threshold: 0.6 (default Bitap fuzzy search)',
    load: async () => {
      const { default: Fuse } = await import('fuse.js');
      return (docs) => {
        const fuse = new Fuse(docs.map(flat), { keys: ['claim', 'title'], ignoreLocation: true, threshold: 0.6 });
        return (text, limit) => fuse.search(text, { limit }).map((r) => r.item.id);
      };
    },
  },
};

export function engine(name: EngineName): Engine {
  return engines[name];
}
