import { join } from 'node:path';
import { createIdHasher } from '../../src/store/privacy/id-hasher.ts';
import { loadOrCreateSalt } from '../../src/store/privacy/salt.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { storeContract } from './contract.ts';
import { tempDir } from './helpers.ts';

storeContract('SQLite', async () => {
  const { dir, remove } = await tempDir();
  const hasher = createIdHasher(await loadOrCreateSalt(dir));
  return {
    open: async () => openSqliteStore({ file: join(dir, 'claimcheck.sqlite'), hasher }),
    cleanup: remove,
  };
});
