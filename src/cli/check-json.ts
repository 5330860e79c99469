import { z } from 'zod';
import type { CheckResult } from '../core/check-result.ts';
import { LOCALES, VERDICTS } from '../core/knowledge/schema.ts';

/** The `claimcheck check --json` line, exactly as DESIGN §4 specifies. Tools may parse with it. */
export const checkJsonSchema = z
  .object({
    input: z.string(),
    outcome: z.enum(['match', 'suggest', 'none']),
    confidence: z.number().min(0).max(1).nullable(),
    stance: z.enum(['repeats', 'contradicts', 'unclear']).nullable(),
    lang: z.enum(LOCALES),
    entry: z
      .object({
        id: z.string(),
        claim: z.string(),
        verdict: z.enum(VERDICTS),
        statements: z.array(
          z.object({ speaker: z.string(), org: z.string(), date: z.string(), quote: z.string(), url: z.string() }).strict(),
        ),
      })
      .strict()
      .nullable(),
    candidates: z.array(z.object({ id: z.string(), claim: z.string(), confidence: z.number().min(0).max(1) }).strict()),
  })
  .strict();

export type CheckJson = z.infer<typeof checkJsonSchema>;

export function toCheckJson(input: string, result: CheckResult): CheckJson {
  const base = { input, outcome: result.outcome, lang: result.lang };
  if (result.outcome === 'match') {
    const e = result.entry;
    return {
      ...base,
      confidence: result.confidence,
      stance: result.stance,
      entry: {
        id: e.id,
        claim: e.claim,
        verdict: e.verdict,
        statements: e.statements.map(({ speaker, org, date, quote, url }) => ({ speaker, org, date, quote, url })),
      },
      candidates: [],
    };
  }
  if (result.outcome === 'suggest') {
    return {
      ...base,
      confidence: result.candidates[0]?.confidence ?? null,
      stance: null,
      entry: null,
      candidates: result.candidates.map(({ entry, confidence }) => ({ id: entry.id, claim: entry.claim, confidence })),
    };
  }
  return { ...base, confidence: null, stance: null, entry: null, candidates: [] };
}
