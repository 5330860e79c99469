import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { KnowledgeBaseError, type KbIssue } from '../core/errors.ts';
import { KnowledgeBase } from '../core/knowledge/knowledge-base.ts';
import { entrySchema, type Entry } from '../core/knowledge/schema.ts';

/** Turns a zod error path like ['statements', 0, 'url'] into "statements[0].url". */
export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function zodIssues(file: string, error: z.ZodError): KbIssue[] {
  return error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message }));
}

/** Validates one parsed YAML document; `file` is only used in messages. */
export function parseEntry(file: string, source: string): { entry?: Entry; issues: KbIssue[] } {
  let data: unknown;
  try {
    data = parse(source);
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message.split('\n')[0] ?? err.message : String(err);
    return { issues: [{ file, path: '', message: `YAML syntax error: ${message}` }] };
  }
  const result = entrySchema.safeParse(data);
  if (!result.success) return { issues: zodIssues(file, result.error) };
  const expected = `${result.data.id}.yaml`;
  if (path.basename(file).replace(/\.ya?ml$/, '') !== result.data.id) {
    return { issues: [{ file, path: 'id', message: `id "${result.data.id}" does not match the file name; rename the file to ${expected}` }] };
  }
  return { entry: result.data, issues: [] };
}

/** Lists knowledge/entries/*.yaml (sorted, so loading is deterministic). */
export async function listEntryFiles(dir: string): Promise<string[]> {
  const entriesDir = path.join(dir, 'entries');
  let names: string[];
  try {
    names = await readdir(entriesDir);
  } catch (err) {
    throw new KnowledgeBaseError(
      [{ file: entriesDir, path: '', message: `cannot read the knowledge folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` }],
      'KB_MISSING',
    );
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(entriesDir, n));
}

/** What a read of the folder found: the valid entries, the file each came from, every issue. */
export interface KnowledgeRead {
  entries: Entry[];
  /** Entry id → the file it was read from (as shown in messages). */
  files: ReadonlyMap<string, string>;
  issues: KbIssue[];
}

/**
 * Reads every entry under `<dir>/entries` without throwing on bad ones, so `kb validate` can
 * report schema problems and still check the valid entries (links, dates, collisions).
 */
export async function readKnowledgeDir(dir: string): Promise<KnowledgeRead> {
  const files = await listEntryFiles(dir);
  const issues: KbIssue[] = [];
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const shown = relative && !relative.startsWith('..') ? relative : file;
    const { entry, issues: found } = parseEntry(shown, await readFile(file, 'utf8'));
    issues.push(...found);
    if (!entry) continue;
    const first = seen.get(entry.id);
    if (first) {
      issues.push({ file: shown, path: 'id', message: `duplicate id "${entry.id}" (also in ${first})` });
      continue;
    }
    seen.set(entry.id, shown);
    entries.push(entry);
  }
  return { entries, files: seen, issues };
}

/**
 * Loads and validates every entry under `<dir>/entries`. Throws KnowledgeBaseError listing every
 * problem (file and field path) rather than stopping at the first, so a curator fixes all at once.
 */
export async function loadKnowledgeDir(dir: string): Promise<KnowledgeBase> {
  const { entries, issues } = await readKnowledgeDir(dir);
  if (issues.length > 0) throw new KnowledgeBaseError(issues);
  if (entries.length === 0) {
    throw new KnowledgeBaseError([{ file: path.join(dir, 'entries'), path: '', message: 'no entries found (*.yaml)' }], 'KB_MISSING');
  }
  return new KnowledgeBase(entries);
}
