import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { toClaimReviews } from '../claimreview/export.ts';
import { loadKnowledgeDir } from '../load.ts';
import { knowledgeDir, type KbContext } from './context.ts';
import { parseKbArgs } from './parse.ts';

const schema = z.object({
  format: z.literal('claimreview', { message: 'the only format is claimreview' }).default('claimreview'),
  out: z.string().min(1).optional(),
  dir: z.string().min(1).optional(),
  positionals: z.array(z.string()).max(1, 'expected at most one folder'),
});

/**
 * `kb export --format claimreview [--out file] [dir]`: a JSON array with one ClaimReview per
 * published entry. Refuses an invalid knowledge base (exporting half of it would silently drop
 * reviews); the loader's report goes to stderr through the CLI's KnowledgeBaseError handling.
 */
export async function kbExport(args: string[], { io }: KbContext): Promise<number> {
  const opts = parseKbArgs(args, { format: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } }, schema);
  const kb = await loadKnowledgeDir(knowledgeDir(opts.positionals[0] ?? opts.dir, io));
  const publisher = loadConfig(io.env, io.cwd).claimReviewAuthor;
  const reviews = toClaimReviews(kb.entries, publisher);
  const json = `${JSON.stringify(reviews, null, 2)}\n`;
  if (opts.out) {
    const file = path.resolve(io.cwd, opts.out);
    await writeFile(file, json, 'utf8');
    io.stderr.write(`Wrote ${reviews.length} ClaimReview(s) to ${opts.out}\n`);
  } else {
    io.stdout.write(json);
  }
  const drafts = kb.entries.length - reviews.length;
  if (drafts > 0) io.stderr.write(`Left out ${drafts} draft(s): drafts are not published.\n`);
  if (publisher.url.startsWith('https://example.org/')) {
    io.stderr.write('Note: CLAIMREVIEW_AUTHOR_URL is the placeholder https://example.org/claimcheck; set your site before publishing this markup.\n');
  }
  return 0;
}
