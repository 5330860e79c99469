import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Document } from 'yaml';
import type { Draft } from './claimreview/to-draft.ts';

/** A draft as YAML, with a header telling the curator where it came from and what to check. */
export function draftToYaml(draft: Draft, meta: { source: string; importedOn: string }): string {
  const doc = new Document(draft.entry);
  const header = [
    ` DRAFT imported from ${meta.source} on ${meta.importedOn}.`,
    ' The bot does not serve drafts. Before setting `status: published`, a curator must:',
    '  - replace imported statements with verified official quotes (speaker, date, URL);',
    '  - check the verdict, the summary in each language, and add phrasings people use.',
    ...(draft.notes.length > 0 ? [' Notes from the import:', ...draft.notes.map((n) => `  - ${n}`)] : []),
  ];
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0 });
}

export type WriteOutcome = { id: string; file: string; written: true } | { id: string; file: string; written: false; reason: 'exists' };

/**
 * Writes each draft to `<entriesDir>/<id>.yaml`. An existing file is never overwritten
 * (`wx` fails atomically if it exists), so an import cannot clobber a curated entry.
 */
export async function writeDrafts(
  entriesDir: string,
  drafts: readonly { id: string; yaml: string }[],
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  for (const { id, yaml } of drafts) {
    const file = join(entriesDir, `${id}.yaml`);
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(yaml, 'utf8');
      } finally {
        await handle.close();
      }
      outcomes.push({ id, file, written: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      outcomes.push({ id, file, written: false, reason: 'exists' });
    }
  }
  return outcomes;
}
