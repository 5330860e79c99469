import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const SALT_FILE = 'id-salt';

const saltFile = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{64}$/, 'expected 64 hex characters');

/**
 * The per-install secret that user and chat ids are hashed with. It lives in DATA_DIR beside, not
 * inside, the database, so a copy of the database alone cannot be reversed by hashing every
 * possible id. Created once (exclusive create, mode 0600); never silently replaced, because a new
 * salt would split every user's history in two.
 */
export async function loadOrCreateSalt(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, SALT_FILE);
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(path, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const parsed = saltFile.safeParse(await readFile(path, 'utf8'));
  if (!parsed.success) {
    throw new Error(`${path} is not a valid salt (${parsed.error.issues[0]?.message}); restore it from a backup`);
  }
  return Buffer.from(parsed.data, 'hex');
}
