import { z } from 'zod';
import { parseTsv } from './tsv.ts';
import { EvalDataError } from './vclaims.ts';

export interface EvalQuery {
  id: string;
  text: string;
}

const queryRow = z.object({ id: z.string().trim().min(1), text: z.string() });

/**
 * CheckThat queries: `tweet_id<TAB>tweet_text`. The 2020 files start with a header whose first
 * cell is empty (`\ttweet_content`); the 2022 file has no header.
 */
export function parseQueriesTsv(text: string): EvalQuery[] {
  const rows = parseTsv(text);
  const first = rows[0];
  const hasHeader = first !== undefined && (first[0]?.trim() === '' || first[1]?.trim() === 'tweet_content');
  return (hasHeader ? rows.slice(1) : rows).map((cells, i) => {
    const parsed = queryRow.safeParse({ id: cells[0], text: cells[1] });
    if (!parsed.success) throw new EvalDataError(`queries record ${i + 1}: expected "id<TAB>text"`);
    return parsed.data;
  });
}
