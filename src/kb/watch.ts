import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { KnowledgeBaseError } from '../core/errors.ts';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.ts';
import { loadKnowledgeDir } from './load.ts';

/** The slice of a pino Logger the watcher uses. */
export interface WatchLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface WatchOptions {
  /** A new, fully validated knowledge base: install it (main.ts: `checker.swap(kb)`). */
  onReload(kb: KnowledgeBase): void;
  /** The edit was invalid (already logged with its report); the previous KB keeps serving. */
  onRejected?(error: unknown): void;
  log: WatchLog;
  /** Quiet time after the last file event before reloading: editors write in several steps. */
  debounceMs?: number;
  /** For tests; defaults to the real loader. */
  load?: (dir: string) => Promise<KnowledgeBase>;
}

export interface KnowledgeWatcher {
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 250;

/** Whether a change to this file name can change the KB: editors' swap and backup files cannot. */
export function isEntryFileEvent(filename: string | null): boolean {
  // A null name (some platforms) may be anything: reload to be safe.
  return filename === null || /^[^.].*\.ya?ml$/.test(filename);
}

/**
 * Watches `<dir>/entries` and reloads the knowledge base after each burst of edits. The loader
 * only reads `entries/*.yaml`, so a non-recursive watch of that one folder is all we need, and
 * it works on every platform (recursive fs.watch on Linux needs Node ≥ 19.1 and walks the tree).
 * Reloads never overlap: an edit during a reload schedules one more reload after it.
 */
export function watchKnowledge(dir: string, options: WatchOptions): KnowledgeWatcher {
  const { log, onReload, onRejected } = options;
  const load = options.load ?? loadKnowledgeDir;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const entriesDir = path.join(dir, 'entries');
  let timer: NodeJS.Timeout | undefined;
  let reloading = false;
  let again = false;
  let closed = false;

  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  };

  const reject = (err: unknown): void => {
    if (err instanceof KnowledgeBaseError) {
      log.warn(
        { code: err.code, issues: err.issues },
        `Knowledge base edit rejected; still serving the last good version. Fix:\n${err.message}`,
      );
    } else {
      log.error({ err }, 'Knowledge base reload failed; still serving the last good version');
    }
    onRejected?.(err);
  };

  async function reload(): Promise<void> {
    if (reloading) {
      again = true;
      return;
    }
    reloading = true;
    try {
      const kb = await load(dir);
      if (closed) return;
      onReload(kb);
      log.info({ entries: kb.size, drafts: kb.entries.length - kb.size }, 'Knowledge base reloaded');
    } catch (err) {
      if (!closed) reject(err);
    } finally {
      reloading = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  let watcher: FSWatcher;
  try {
    watcher = watch(entriesDir, { persistent: false }, (_event, filename) => {
      if (isEntryFileEvent(filename === null ? null : filename.toString())) schedule();
    });
  } catch (err) {
    // The bot keeps serving what it loaded; only hot reload is lost.
    log.error({ err, dir: entriesDir }, 'Cannot watch the knowledge folder; hot reload is off');
    return { close: () => {} };
  }
  watcher.on('error', (err) => log.error({ err, dir: entriesDir }, 'Knowledge folder watch failed; hot reload is off'));
  log.info({ dir: entriesDir, debounceMs }, 'Watching the knowledge base for edits');

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
