import { describe, expect, it } from 'vitest';
import { openPgStore } from '../../src/store/postgres/pg-store.ts';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { storeContract } from './contract.ts';
import { PG_SKIP_REASON, pgSchema, TEST_DATABASE_URL } from './helpers.ts';

const url = TEST_DATABASE_URL;
if (url === undefined) {
  console.warn(`PostgreSQL store tests skipped: ${PG_SKIP_REASON}`);
  describe('store contract: PostgreSQL', () => it.skip(PG_SKIP_REASON, () => undefined));
} else {
  const hasher = createIdHasher(Buffer.alloc(32, 7));
  storeContract('PostgreSQL', async () => {
    const { schema, drop } = pgSchema();
    return { open: () => openPgStore({ connectionString: url, schema, hasher }), cleanup: drop };
  });

  describe('PostgreSQL: several instances, one state', () => {
    it('instances starting at once on an empty database all migrate safely and share records', async () => {
      const { schema, drop } = pgSchema();
      try {
        // Same salt (the same id-salt file copied to each instance), separate pools.
        const instances = await Promise.all([1, 2, 3].map(() => openPgStore({ connectionString: url, schema, hasher })));
        const at = new Date('2026-11-20T00:00:00Z');
        await Promise.all(
          instances.map((s, i) =>
            s.recordUnmatched({
              text: `asked on instance ${i}`,
              lang: 'en',
              outcome: 'none',
              origin: { platform: 'discord', chatType: 'private', userId: '5' },
              at,
            }),
          ),
        );
        // One user voting through two instances still counts once.
        const vote = { entryId: 'e', origin: { platform: 'discord', chatType: 'private', userId: '5' } } as const;
        await instances[0]!.recordFeedback({ ...vote, vote: 'down', at });
        await instances[1]!.recordFeedback({ ...vote, vote: 'up', at: new Date(+at + 1) });
        const texts = (await instances[2]!.listClaims({ limit: 10 })).map((c) => c.text).sort();
        expect(texts).toEqual(['asked on instance 0', 'asked on instance 1', 'asked on instance 2']);
        expect(await instances[2]!.feedbackTally({ limit: 10 })).toEqual([
          { entryId: 'e', up: 1, down: 0, lastVoteAt: new Date(+at + 1) },
        ]);
        await Promise.all(instances.map((s) => s.close()));
      } finally {
        await drop();
      }
    });

    it('an unreachable server is an error from open (the resilient wrapper retries it)', async () => {
      const dead = 'postgres://postgres@127.0.0.1:1/nowhere';
      await expect(openPgStore({ connectionString: dead, hasher })).rejects.toThrow(/ECONNREFUSED/);
    });
  });
}
