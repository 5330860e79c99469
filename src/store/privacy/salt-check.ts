import type { Logger } from 'pino';
import type { IdHasher } from './id-hasher.ts';

/**
 * Remembers which salt a database was written with. If another salt shows up (a lost salt file,
 * or an instance with its own DATA_DIR sharing one PostgreSQL), hashes stop matching: one user
 * could vote twice. That is worth a loud log line, not a refusal to answer.
 */
export function checkSaltFingerprint(stored: string | undefined, hasher: IdHasher, log: Logger | undefined): boolean {
  if (stored === undefined || stored === hasher.fingerprint) return true;
  log?.error(
    'the id salt in DATA_DIR differs from the one this database was written with: the same user now hashes differently; restore the original id-salt file (every instance sharing a database needs the same one)',
  );
  return false;
}
