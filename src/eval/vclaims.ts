import { z } from 'zod';
import type { MatchDocument } from '../core/match/types.ts';
import { parseTsv } from './tsv.ts';

/** Raised when a CheckThat file does not have the shape we expect; the message names the line/record. */
export class EvalDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalDataError';
  }
}

const tsvVclaim = z.object({ id: z.string().trim().min(1), vclaim: z.string(), title: z.string() });

/** A fact-checked claim as the matcher sees it: the title is another way of stating the claim. */
function toDocument(id: string, vclaim: string, titles: readonly string[]): MatchDocument {
  return { id, claim: vclaim, phrasings: titles.filter((t) => t.trim() !== ''), corrections: [], quotes: [] };
}

/** CheckThat 2020 `verified_claims.docs.tsv`: header `\tvclaim\ttitle`, then `id, vclaim, title`. */
export function parseVclaimsTsv(text: string): MatchDocument[] {
  const rows = parseTsv(text);
  const body = rows[0]?.[1]?.trim() === 'vclaim' ? rows.slice(1) : rows;
  return body.map((cells, i) => {
    const parsed = tsvVclaim.safeParse({ id: cells[0], vclaim: cells[1], title: cells[2] ?? '' });
    if (!parsed.success) throw new EvalDataError(`vclaims record ${i + 1}: expected "id<TAB>vclaim<TAB>title"`);
    return toDocument(parsed.data.id, parsed.data.vclaim, [parsed.data.title]);
  });
}

const jsonVclaim = z.object({
  vclaim_id: z.string().min(1),
  vclaim: z.string(),
  title: z.string().optional().default(''),
  subtitle: z.string().optional().default(''),
});

/** CheckThat 2022 `vclaims.jsonl`: one JSON object per line; title and subtitle become phrasings. */
export function parseVclaimsJsonl(text: string): MatchDocument[] {
  const docs: MatchDocument[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new EvalDataError(`vclaims line ${i + 1}: not valid JSON`);
    }
    const parsed = jsonVclaim.safeParse(raw);
    if (!parsed.success) throw new EvalDataError(`vclaims line ${i + 1}: expected {vclaim_id, vclaim, title?, subtitle?}`);
    const v = parsed.data;
    docs.push(toDocument(v.vclaim_id, v.vclaim, [v.title, v.subtitle]));
  });
  return docs;
}

/** Picks the format from the file name: `.jsonl` is 2022, anything else the 2020 TSV. */
export function parseVclaims(fileName: string, text: string): MatchDocument[] {
  return fileName.toLowerCase().endsWith('.jsonl') ? parseVclaimsJsonl(text) : parseVclaimsTsv(text);
}
