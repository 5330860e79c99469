import type { Readable, Writable } from 'node:stream';

/** The streams and environment a CLI command runs with; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** The working directory relative paths resolve against. */
  cwd: string;
}

/** A subcommand: `claimcheck <name> ...args`. Resolves to the process exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;
