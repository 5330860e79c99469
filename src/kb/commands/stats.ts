import { z } from 'zod';
import { readKnowledgeDir } from '../load.ts';
import { computeStats, formatStats, STALE_AFTER_DAYS } from '../stats.ts';
import { knowledgeDir, type KbContext } from './context.ts';
import { parseKbArgs } from './parse.ts';

const schema = z.object({
  json: z.boolean().default(false),
  'stale-days': z.coerce.number().int().min(0).default(STALE_AFTER_DAYS),
  positionals: z.array(z.string()).max(1, 'expected at most one folder'),
});

/** `kb stats [dir] [--json] [--stale-days N]`: over the valid entries; invalid files are named on stderr. */
export async function kbStats(args: string[], { io, today }: KbContext): Promise<number> {
  const opts = parseKbArgs(args, { json: { type: 'boolean' }, 'stale-days': { type: 'string' } }, schema);
  const read = await readKnowledgeDir(knowledgeDir(opts.positionals[0], io));
  if (read.issues.length > 0) {
    const files = [...new Set(read.issues.map((i) => i.file))];
    io.stderr.write(`Skipped ${files.length} invalid file(s): ${files.join(', ')} (run "claimcheck kb validate" for details)\n`);
  }
  const stats = computeStats(read.entries, today, opts['stale-days']);
  io.stdout.write(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
  return 0;
}
