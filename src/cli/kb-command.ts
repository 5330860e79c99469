import { UsageError, type KbContext } from '../kb/commands/context.ts';
import type { CliCommand } from './io.ts';

export const KB_USAGE = `usage:
  claimcheck kb validate [dir] [--json]
      schema errors (file and field path), duplicate ids, phrasings another entry wins,
      statement URLs without https, dates in the future. Exit 1 on errors, 0 with warnings.
  claimcheck kb export --format claimreview [--out file] [dir]
      one schema.org ClaimReview (JSON-LD) per published entry.
  claimcheck kb import --format claimreview <file|-> [--dir knowledge] [--dry-run]
      ClaimReview JSON-LD (object, array, @graph) or a Fact Check Tools claims:search
      response, written as draft entries (status: draft, not served).
  claimcheck kb stats [dir] [--json] [--stale-days 180]
      entries per verdict, language coverage, statements per organisation, stale reviews.
  dir defaults to KNOWLEDGE_DIR (./knowledge).
`;

type Subcommand = (args: string[], ctx: KbContext) => Promise<number>;
/** Loaded on demand: only `validate` needs the matcher (and its model), the others stay light. */
const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  validate: () => import('../kb/commands/validate.ts').then((m) => m.kbValidate),
  export: () => import('../kb/commands/export.ts').then((m) => m.kbExport),
  import: () => import('../kb/commands/import.ts').then((m) => m.kbImport),
  stats: () => import('../kb/commands/stats.ts').then((m) => m.kbStats),
};

/** `claimcheck kb …`, with the clock injectable so tests pin "today". */
export function createKbCommand(deps: { now: () => Date }): CliCommand {
  return async (args, io) => {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      (name ? io.stdout : io.stderr).write(KB_USAGE);
      return name ? 0 : 2;
    }
    const load = SUBCOMMANDS[name];
    if (!load) {
      io.stderr.write(`unknown kb command "${name}"\n${KB_USAGE}`);
      return 2;
    }
    try {
      const sub = await load();
      return await sub(rest, { io, today: deps.now().toISOString().slice(0, 10) });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.stderr.write(`${err.message}\n${KB_USAGE}`);
      return 2;
    }
  };
}

export const kbCommand: CliCommand = createKbCommand({ now: () => new Date() });
