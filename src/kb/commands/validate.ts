import { z } from 'zod';
import { createMatcher } from '../../core/match/index.ts';
import { readKnowledgeDir } from '../load.ts';
import { formatReport, validateRead } from '../validate/validate.ts';
import { knowledgeDir, type KbContext } from './context.ts';
import { parseKbArgs } from './parse.ts';

const schema = z.object({
  json: z.boolean().default(false),
  positionals: z.array(z.string()).max(1, 'expected at most one folder'),
});

/** `kb validate [dir] [--json]`: exit 1 when there are errors, 0 when only warnings (or nothing). */
export async function kbValidate(args: string[], { io, today }: KbContext): Promise<number> {
  const opts = parseKbArgs(args, { json: { type: 'boolean' } }, schema);
  const dir = knowledgeDir(opts.positionals[0], io);
  const read = await readKnowledgeDir(dir);
  const report = validateRead(read, { today, makeMatcher: createMatcher, entriesDir: dir });
  io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.errors > 0 ? 1 : 0;
}
