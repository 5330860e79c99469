import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Locale } from '../../core/knowledge/schema.ts';
import { cardFor, entryCard } from '../../render/model.ts';
import { renderText } from '../../render/text.ts';
import type { AdapterDeps, RunningAdapter } from '../deps.ts';
import { recordOutcome } from '../record-outcome.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Show a greeting and a prompt (a person at a terminal) or answer line by line (a pipe). */
  interactive: boolean;
  locale?: Locale;
}

const GREETING =
  'claimcheck: paste a claim about elections and I will look for official statements about it.\n' +
  'Type a number to open a suggestion. Ctrl-D to quit.\n';

export interface RunningConsole extends RunningAdapter {
  /** Resolves when the input ends (Ctrl-D, end of pipe) and every line has been answered. */
  readonly done: Promise<void>;
}

/** Console chat: one answer per non-empty line. The embedded default when no bot token is set. */
export function startConsole(deps: AdapterDeps, options: ConsoleOptions): RunningConsole {
  const { input, output, interactive } = options;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  let lastSuggestions: string[] = [];
  const write = (text: string): void => {
    output.write(`${text}\n\n`);
  };

  const answer = async (line: string): Promise<void> => {
    const text = line.trim();
    if (!text) return;
    const picked = /^[1-3]$/.test(text) ? lastSuggestions[Number(text) - 1] : undefined;
    const entry = picked ? deps.checker.kb().get(picked) : undefined;
    if (entry) {
      write(renderText(entryCard(entry, options.locale ?? 'en')));
      return;
    }
    const result = deps.checker.check(text, { locale: options.locale });
    lastSuggestions = result.outcome === 'suggest' ? result.candidates.map((c) => c.entry.id) : [];
    write(renderText(cardFor(result)));
    await recordOutcome(deps, text, result, { platform: 'console', chatType: 'console' });
  };

  const done = (async () => {
    if (interactive) {
      output.write(GREETING);
      rl.setPrompt('> ');
      rl.prompt();
    }
    for await (const line of rl) {
      try {
        await answer(line);
      } catch (err) {
        deps.log.error({ err }, 'console: failed to answer a line');
        write('Sorry, something went wrong while checking that line. Please try again.');
      }
      if (interactive) rl.prompt();
    }
  })();

  return {
    name: 'console',
    done,
    healthy: () => true,
    stop: async () => {
      rl.close();
      await done;
    },
  };
}
