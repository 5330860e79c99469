import { ClaimcheckError, KnowledgeBaseError } from './core/errors.ts';
import { loadDotEnv } from './config.ts';
import type { CliCommand, CliIo } from './cli/io.ts';

const USAGE = `claimcheck: match election claims against official statements

usage:
  claimcheck [start]                 console chat, or the bots whose tokens are set
  claimcheck check "<claim>" [--json] [--lang en|es|ja]
  claimcheck check [--json] < file   one claim per line, one answer per line
  claimcheck eval --kb <file> --queries <tsv> --qrels <file> [--run <file>] [--json] [--limit N] [--depth N] [--tag NAME]
  claimcheck kb validate|export|import|stats ...
  claimcheck review [feedback|shares] [--json] [--limit N] [--days N]
`;

/** Subcommands load lazily so `check` does not pay for the Discord and Telegram SDKs. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  start: () => import('./cli/start-command.ts').then((m) => m.startCommand),
  check: () => import('./cli/check-command.ts').then((m) => m.checkCommand),
  eval: () => import('./cli/eval-command.ts').then((m) => m.evalCommand),
  kb: () => import('./cli/kb-command.ts').then((m) => m.kbCommand),
  review: () => import('./cli/review-command.ts').then((m) => m.reviewCommand),
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const name = first ?? 'start';
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof KnowledgeBaseError) {
      io.stderr.write(`The knowledge base could not be loaded:\n${err.message}\n`);
      return 1;
    }
    if (err instanceof ClaimcheckError && err.code === 'CONFIG_INVALID') {
      io.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      return 2;
    }
    throw err;
  }
}

/** The process edge: .env, real streams, exit code. */
export async function main(): Promise<void> {
  loadDotEnv(process.cwd());
  const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  const code = await runCli(process.argv.slice(2), io);
  process.exitCode = code;
}
