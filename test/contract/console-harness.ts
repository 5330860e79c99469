import { PassThrough } from 'node:stream';
import pino from 'pino';
import { startConsole } from '../../src/adapters/console/index.ts';
import { unlimited } from '../../src/adapters/deps.ts';
import { createChecker } from '../../src/core/checker.ts';
import { createMatcher } from '../../src/core/match/index.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { REPO_ROOT } from '../support/memory-io.ts';
import { urlsIn, verdictIn, type AdapterHarness } from './harness.ts';

/** The console chat on the bundled knowledge base, driven line by line. */
export async function consoleHarness(): Promise<AdapterHarness & { store: MemoryStore }> {
  const kb = await loadKnowledgeDir(`${REPO_ROOT}knowledge`);
  const store = new MemoryStore();
  const input = new PassThrough();
  const output = new PassThrough();
  const chat = startConsole(
    { checker: createChecker(kb, createMatcher), store, log: pino({ level: 'silent' }), limiter: unlimited },
    { input, output, interactive: false },
  );
  // The console writes each answer in one write() ending in a blank line: one chunk, one answer.
  const nextAnswer = (): Promise<string> =>
    new Promise((resolve) => output.once('data', (c: Buffer) => resolve(c.toString('utf8').trimEnd())));

  return {
    store,
    async ask(text) {
      const answer = nextAnswer();
      input.write(`${text.replace(/\n/g, ' ')}\n`);
      const reply = await answer;
      return { text: reply, verdictShown: verdictIn(reply), sourceUrls: urlsIn(reply) };
    },
    async close() {
      input.end();
      await chat.done;
    },
  };
}
