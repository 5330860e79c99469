import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { localeSchema } from '../core/knowledge/schema.ts';
import { cardFor } from '../render/model.ts';
import { renderText } from '../render/text.ts';
import { bootCore } from '../boot.ts';
import { toCheckJson } from './check-json.ts';
import type { CliCommand } from './io.ts';

const optionsSchema = z.object({
  json: z.boolean().default(false),
  lang: localeSchema.optional(),
});

export const CHECK_USAGE = 'usage: claimcheck check "<claim>" [--json] [--lang en|es|ja]\n       claimcheck check [--json] < claims.txt   (one claim per line)';

/** `claimcheck check`: one claim from the arguments, or one per stdin line. */
export const checkCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, lang: { type: 'string' } },
      allowPositionals: true,
    });
    parsed = { options: optionsSchema.parse(values), text: positionals.join(' ') };
  } catch (err) {
    io.stderr.write(`${err instanceof z.ZodError ? '--lang must be one of en, es, ja' : (err as Error).message}\n${CHECK_USAGE}\n`);
    return 2;
  }
  const { checker } = await bootCore(io);
  const { json, lang } = parsed.options;
  const answer = (text: string): string => {
    const result = checker.check(text, { lang });
    return json ? JSON.stringify(toCheckJson(text, result)) : renderText(cardFor(result));
  };

  if (parsed.text.trim()) {
    io.stdout.write(`${answer(parsed.text)}\n`);
    return 0;
  }
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    io.stdout.write(json ? `${answer(line)}\n` : `${answer(line)}\n\n`);
  }
  return 0;
};
