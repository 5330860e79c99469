import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = new URL('./fixtures/knowledge', import.meta.url).pathname;

/** A throwaway copy of the fixture knowledge base that a test may edit. */
export function tempKb(): { dir: string; file(name: string): string; edit(name: string, change: (text: string) => string): void; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-test-'));
  cpSync(FIXTURES, dir, { recursive: true });
  const file = (name: string) => path.join(dir, 'entries', name);
  return {
    dir,
    file,
    edit(name, change) {
      const text = readFileSync(file(name), 'utf8');
      const next = change(text);
      if (next === text) throw new Error(`edit of ${name} changed nothing`);
      writeFileSync(file(name), next);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
