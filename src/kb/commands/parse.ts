import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from './context.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, then zod over the values; both kinds of mistake become a UsageError. */
export function parseKbArgs<S extends z.ZodType>(args: string[], options: Options, schema: S): z.infer<S> {
  let raw: { values: unknown; positionals: string[] };
  try {
    raw = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const parsed = schema.safeParse({ ...(raw.values as object), positionals: raw.positionals });
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('\n'));
  }
  return parsed.data;
}
