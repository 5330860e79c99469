import type { Logger } from 'pino';
import type { CliIo } from './cli/io.ts';
import { loadConfig, type Config } from './config.ts';
import { createChecker, type Checker } from './core/checker.ts';
import { createMatcher } from './core/match/index.ts';
import { loadKnowledgeDir } from './kb/load.ts';
import { createLogger } from './log.ts';

export interface Core {
  config: Config;
  log: Logger;
  checker: Checker;
}

/** Config, logger, knowledge base and matcher: what every command that checks claims needs. */
export async function bootCore(io: CliIo): Promise<Core> {
  const config = loadConfig(io.env, io.cwd);
  const log = createLogger(config.logLevel, io.stderr);
  const kb = await loadKnowledgeDir(config.knowledgeDir);
  const checker = createChecker(kb, createMatcher);
  log.debug({ entries: kb.size, dir: config.knowledgeDir }, 'knowledge base loaded');
  return { config, log, checker };
}
