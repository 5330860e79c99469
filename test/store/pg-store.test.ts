import { describe, it } from 'vitest';
import { openPgStore } from '../../src/store/postgres/pg-store.ts';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { storeContract } from './contract.ts';
import { PG_SKIP_REASON, pgSchema, TEST_DATABASE_URL } from './helpers.ts';

const url = TEST_DATABASE_URL;
if (url === undefined) {
  console.warn(`PostgreSQL store tests skipped: ${PG_SKIP_REASON}`);
  describe('store contract: PostgreSQL', () => it.skip(PG_SKIP_REASON, () => undefined));
} else {
  storeContract('PostgreSQL', async () => {
    const { schema, drop } = pgSchema();
    const hasher = createIdHasher(Buffer.alloc(32, 7));
    return { open: () => openPgStore({ connectionString: url, schema, hasher }), cleanup: drop };
  });
}
