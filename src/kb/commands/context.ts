import path from 'node:path';
import { loadConfig } from '../../config.ts';
import type { CliIo } from '../../cli/io.ts';

/** What every `kb` subcommand gets from the CLI edge: today's date comes from the clock there. */
export interface KbContext {
  io: CliIo;
  /** YYYY-MM-DD, UTC. */
  today: string;
}

/** An explicit folder (relative to cwd), or KNOWLEDGE_DIR from config, default ./knowledge. */
export function knowledgeDir(explicit: string | undefined, io: CliIo): string {
  return explicit ? path.resolve(io.cwd, explicit) : loadConfig(io.env, io.cwd).knowledgeDir;
}

/** Thrown for bad arguments: the dispatcher prints the message and the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
