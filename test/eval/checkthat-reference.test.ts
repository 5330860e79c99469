import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.ts';
import { parseQrels } from '../../src/eval/qrels.ts';
import { parseQueriesTsv } from '../../src/eval/queries.ts';
import { parseVclaimsTsv } from '../../src/eval/vclaims.ts';
import { referenceBm25 } from './reference-bm25.ts';

const root = join(process.env.CHECKTHAT_DATA ?? '/work/shared/data', 'checkthat2020-task2');
const haveData = existsSync(join(root, 'verified_claims.docs.tsv'));

/**
 * End-to-end check of loaders + metrics on the real CheckThat 2020 dev split: the plain BM25
 * described in the data README must reproduce the README's reference numbers. Skipped when the
 * (read-only, not redistributed) data folder is absent.
 */
describe.skipIf(!haveData)('CheckThat 2020 dev with the README reference BM25', () => {
  it('reproduces MAP@1 0.703, MAP@3 0.743, MAP@5 0.750, MRR 0.757, Recall@20 0.868', () => {
    const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
    const docs = parseVclaimsTsv(read('verified_claims.docs.tsv'));
    const queries = parseQueriesTsv(read('dev/tweets.queries.tsv'));
    const qrels = parseQrels(read('dev/tweet-vclaim-pairs.qrels'));
    expect(docs).toHaveLength(10_375);
    expect(queries).toHaveLength(197);

    const { metrics } = evaluate({
      makeMatcher: referenceBm25({ distinctQueryTerms: true }),
      docs,
      queries,
      qrels,
      depth: 100,
      now: () => 0,
    });
    expect(metrics.map1).toBeCloseTo(0.703, 3);
    expect(metrics.map3).toBeCloseTo(0.743, 3);
    expect(metrics.map5).toBeCloseTo(0.75, 3);
    expect(metrics.mrr).toBeCloseTo(0.757, 3);
    expect(metrics.recall20).toBeCloseTo(0.868, 3);
  }, 30_000);
});
