import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readClaimReviewInput } from '../claimreview/read-input.ts';
import { toDraft, type Draft } from '../claimreview/to-draft.ts';
import { draftToYaml, writeDrafts } from '../draft-files.ts';
import { knowledgeDir, UsageError, type KbContext } from './context.ts';
import { parseKbArgs } from './parse.ts';

const schema = z.object({
  format: z.literal('claimreview', { message: 'the only format is claimreview' }).default('claimreview'),
  dir: z.string().min(1).optional(),
  'dry-run': z.boolean().default(false),
  positionals: z.array(z.string()).length(1, 'expected one input file (or - for stdin)'),
});

async function readInput(file: string, ctx: KbContext): Promise<string> {
  if (file !== '-') return readFile(path.resolve(ctx.io.cwd, file), 'utf8');
  let text = '';
  for await (const chunk of ctx.io.stdin) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

/** Ids must be unique in one import too: a second review of the same claim gets `-2`, `-3`, … */
function uniqueIds(drafts: Draft[]): { id: string; draft: Draft }[] {
  const used = new Set<string>();
  return drafts.map((draft) => {
    let id = draft.entry.id;
    for (let n = 2; used.has(id); n++) id = `${draft.entry.id}-${n}`;
    used.add(id);
    return { id, draft: { ...draft, entry: { ...draft.entry, id } } };
  });
}

/**
 * `kb import --format claimreview <file> [--dir knowledge] [--dry-run]`: writes one draft entry
 * per review to <dir>/entries/<id>.yaml, never overwriting a file. Exit 1 when any review in the
 * input could not be imported (the others are still written).
 */
export async function kbImport(args: string[], ctx: KbContext): Promise<number> {
  const { io, today } = ctx;
  const opts = parseKbArgs(args, { format: { type: 'string' }, dir: { type: 'string' }, 'dry-run': { type: 'boolean' } }, schema);
  const file = opts.positionals[0] ?? '-';
  let json: unknown;
  try {
    json = JSON.parse(await readInput(file, ctx));
  } catch (err) {
    if (err instanceof SyntaxError) throw new UsageError(`${file} is not valid JSON: ${err.message}`);
    throw err;
  }

  const read = readClaimReviewInput(json);
  const results = read.reviews.map((r) => toDraft(r, { today }));
  const problems = [
    ...read.problems.map((p) => `${p.where}: ${p.message}`),
    ...results.flatMap((r) => (r.ok ? [] : r.problems.map((p) => `${r.where}: ${p}`))),
  ];
  const drafts = uniqueIds(results.flatMap((r) => (r.ok ? [r.draft] : [])));
  const source = file === '-' ? 'stdin' : path.basename(file);
  const files = drafts.map(({ id, draft }) => ({ id, yaml: draftToYaml(draft, { source, importedOn: today }) }));

  if (opts['dry-run']) {
    io.stdout.write(files.map((f) => `--- # ${f.id}.yaml\n${f.yaml}`).join(''));
  } else if (files.length > 0) {
    const entriesDir = path.join(knowledgeDir(opts.dir, io), 'entries');
    await mkdir(entriesDir, { recursive: true });
    for (const outcome of await writeDrafts(entriesDir, files)) {
      io.stdout.write(outcome.written ? `draft  ${outcome.file}\n` : `skip   ${outcome.file} (already exists; not overwritten)\n`);
    }
  }
  for (const p of problems) io.stderr.write(`not imported: ${p}\n`);
  io.stderr.write(
    `${drafts.length} draft(s) from ${read.reviews.length} review(s)` +
      `${read.ignored > 0 ? `, ${read.ignored} other JSON-LD node(s) ignored` : ''}` +
      `${problems.length > 0 ? `, ${problems.length} problem(s)` : ''}. Drafts are not served until a curator publishes them.\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
