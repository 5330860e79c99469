import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.ts';

export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

/** CLI streams in memory: stdin from the given lines, stdout/stderr captured as text. */
export function memoryIo(stdinText = '', env: Record<string, string | undefined> = {}): MemoryIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return {
    stdin: Readable.from([stdinText]),
    stdout,
    stderr,
    env: { LOG_LEVEL: 'silent', ...env },
    cwd: REPO_ROOT,
    out: () => out,
    err: () => err,
  };
}
