import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/match/decide.ts';
import { createMatcher } from '../core/match/index.ts';
import type { MatcherFactory } from '../core/match/types.ts';
import { abstentionView } from '../eval/abstention.ts';
import { evaluate, restrictQrels } from '../eval/evaluate.ts';
import { parseQrels } from '../eval/qrels.ts';
import { parseQueriesTsv } from '../eval/queries.ts';
import { formatReport, type EvalReport } from '../eval/report.ts';
import { formatTrecRun } from '../eval/run-file.ts';
import { EvalDataError, parseVclaims } from '../eval/vclaims.ts';
import type { CliCommand, CliIo } from './io.ts';

const USAGE = `usage: claimcheck eval --kb <vclaims.tsv|vclaims.jsonl> --queries <queries.tsv> --qrels <qrels>
                      [--run <file>] [--json] [--limit N] [--depth N] [--tag NAME]
  --run FILE   also write a TREC run file (qid Q0 docid rank score tag)
  --json       print one JSON object instead of the text report
  --limit N    evaluate only the first N queries (and their gold pairs)
  --depth N    hits ranked per query (default 100)
  --tag NAME   run tag written in the run file (default claimcheck)
`;

const positiveInt = z.coerce.number().int().positive();
const argsSchema = z.object({
  kb: z.string({ error: '--kb is required' }).min(1),
  queries: z.string({ error: '--queries is required' }).min(1),
  qrels: z.string({ error: '--qrels is required' }).min(1),
  run: z.string().min(1).optional(),
  json: z.boolean().default(false),
  limit: positiveInt.optional(),
  depth: positiveInt.max(10_000).default(100),
  tag: z.string().min(1).default('claimcheck'),
});
type EvalArgs = z.infer<typeof argsSchema>;

/** A user error: printed as one line, exit code 2; bad arguments also get the usage text. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

function parse(args: string[]): EvalArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        kb: { type: 'string' },
        queries: { type: 'string' },
        qrels: { type: 'string' },
        run: { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        depth: { type: 'string' },
        tag: { type: 'string' },
      },
    }).values;
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => (i.path.length ? `--${i.path.join('.')}: ` : '') + i.message).join('; '));
  }
  return parsed.data;
}

const reasonOf = (err: unknown): string => (err instanceof Error && 'code' in err ? String(err.code) : 'unreadable');

/** Reads every input file, reporting all the unreadable ones at once, in flag order. */
async function readInputs(io: CliIo, files: readonly [flag: string, path: string][]): Promise<string[]> {
  const results = await Promise.allSettled(files.map(([, path]) => readFile(resolve(io.cwd, path), 'utf8')));
  const problems = results.flatMap((r, i) =>
    r.status === 'rejected' ? [`cannot read ${files[i]?.[0]} file "${files[i]?.[1]}" (${reasonOf(r.reason)})`] : [],
  );
  if (problems.length > 0) throw new UsageError(problems.join('; '), false);
  return results.map((r) => (r.status === 'fulfilled' ? r.value : ''));
}

async function run(args: EvalArgs, io: CliIo, makeMatcher: MatcherFactory, thresholds: Thresholds): Promise<EvalReport> {
  const [kbText = '', queriesText = '', qrelsText = ''] = await readInputs(io, [
    ['--kb', args.kb],
    ['--queries', args.queries],
    ['--qrels', args.qrels],
  ]);
  const docs = parseVclaims(basename(args.kb), kbText);
  const claims = new Map(docs.map((d) => [d.id, d.claim]));
  const allQueries = parseQueriesTsv(queriesText);
  const queries = args.limit === undefined ? allQueries : allQueries.slice(0, args.limit);
  const allQrels = parseQrels(qrelsText);
  const qrels = args.limit === undefined ? allQrels : restrictQrels(allQrels, queries.map((q) => q.id));

  const result = evaluate({ makeMatcher, docs, queries, qrels, depth: args.depth, now: () => performance.now() });
  let runFile: string | null = null;
  if (args.run !== undefined) {
    runFile = resolve(io.cwd, args.run);
    const text = formatTrecRun(result.outcomes.map((o) => ({ queryId: o.query.id, hits: o.ranked.hits })), args.tag);
    try {
      await writeFile(runFile, text, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot write --run file "${args.run}" (${reasonOf(err)})`, false);
    }
  }
  return {
    docs: docs.length,
    queries: queries.length,
    goldQueries: qrels.size,
    depth: args.depth,
    metrics: result.metrics,
    latency: result.latency,
    thresholds,
    abstention: abstentionView(result.outcomes, qrels, { thresholds, claimOf: (id) => claims.get(id) }),
    missingQueries: result.missingQueries,
    scoreOrderViolations: result.scoreOrderViolations,
    runFile,
  };
}

/**
 * `claimcheck eval`: CheckThat-format evaluation of the matcher that serves users, with the
 * decide() thresholds it serves with (tests pass their own).
 */
export function createEvalCommand(makeMatcher: MatcherFactory, thresholds: Thresholds = DEFAULT_THRESHOLDS): CliCommand {
  return async (argv, io) => {
    try {
      const args = parse(argv);
      const report = await run(args, io, makeMatcher, thresholds);
      io.stdout.write(args.json ? JSON.stringify(report) + '\n' : formatReport(report));
      return 0;
    } catch (err) {
      if (err instanceof UsageError || err instanceof EvalDataError) {
        io.stderr.write(`claimcheck eval: ${err.message}\n${err instanceof UsageError && err.showUsage ? USAGE : ''}`);
        return 2;
      }
      throw err;
    }
  };
}

export const evalCommand: CliCommand = createEvalCommand(createMatcher);
