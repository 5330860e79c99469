import { describe, expect, it } from 'vitest';
import { parseQrels } from '../../src/eval/qrels.ts';
import { parseQueriesTsv } from '../../src/eval/queries.ts';
import { formatTrecRun } from '../../src/eval/run-file.ts';
import { EvalDataError, parseVclaims, parseVclaimsJsonl, parseVclaimsTsv } from '../../src/eval/vclaims.ts';

describe('CheckThat 2020 vclaims TSV', () => {
  it('maps each record to a MatchDocument with the title as a phrasing, across a quoted line break', () => {
    const text = '\tvclaim\ttitle\n0\t"Claim with\na break"\tHeadline 0\n1\tSecond claim\tHeadline 1\n';
    expect(parseVclaimsTsv(text)).toEqual([
      { id: '0', claim: 'Claim with\na break', phrasings: ['Headline 0'], corrections: [], quotes: [] },
      { id: '1', claim: 'Second claim', phrasings: ['Headline 1'], corrections: [], quotes: [] },
    ]);
  });

  it('reports a record without an id', () => {
    expect(() => parseVclaimsTsv('\tvclaim\ttitle\n\tno id\tT\n')).toThrow(EvalDataError);
  });
});

describe('CheckThat 2022 vclaims JSONL', () => {
  it('uses title and subtitle as phrasings and ignores other fields', () => {
    const line = JSON.stringify({ vclaim_id: 'vclaim-sno-x', vclaim: 'C', title: 'T', subtitle: 'S', author: 'A' });
    expect(parseVclaimsJsonl(`${line}\n\n`)).toEqual([
      { id: 'vclaim-sno-x', claim: 'C', phrasings: ['T', 'S'], corrections: [], quotes: [] },
    ]);
  });

  it('names the line of a malformed record', () => {
    expect(() => parseVclaimsJsonl('{"vclaim_id":"a","vclaim":"b"}\n{oops')).toThrow(/line 2/);
    expect(() => parseVclaimsJsonl('{"vclaim":"b"}')).toThrow(/line 1/);
  });

  it('is chosen by the .jsonl extension', () => {
    expect(parseVclaims('v.JSONL', '{"vclaim_id":"a","vclaim":"b"}')[0]?.id).toBe('a');
    expect(parseVclaims('v.tsv', '\tvclaim\ttitle\n3\tb\tt\n')[0]?.id).toBe('3');
  });
});

describe('queries TSV', () => {
  it('skips the 2020 header (empty first cell) and keeps quoted multi-line tweets whole', () => {
    const text = '\ttweet_content\n0\t"A ""quoted"" tweet\nover two lines"\n11\tplain tweet\n';
    expect(parseQueriesTsv(text)).toEqual([
      { id: '0', text: 'A "quoted" tweet\nover two lines' },
      { id: '11', text: 'plain tweet' },
    ]);
  });

  it('reads the 2022 file, which has no header', () => {
    expect(parseQueriesTsv('tweet-sno-0\tfirst\ntweet-sno-1\tsecond\n').map((q) => q.id)).toEqual([
      'tweet-sno-0',
      'tweet-sno-1',
    ]);
  });
});

describe('qrels', () => {
  it('groups gold documents per query and drops non-relevant pairs', () => {
    const qrels = parseQrels('q1\t0\td1\t1\nq1 0 d2 1\nq2\t0\td9\t0\n\n');
    expect([...(qrels.get('q1') ?? [])]).toEqual(['d1', 'd2']);
    expect(qrels.has('q2')).toBe(false);
  });

  it('rejects a malformed line with its number', () => {
    expect(() => parseQrels('q1 0 d1 1\nq2 d2\n')).toThrow(/line 2/);
  });
});

describe('TREC run writer', () => {
  it('writes qid Q0 docid rank score tag with ranks from 1', () => {
    const out = formatTrecRun([{ queryId: 'q1', hits: [{ id: 'a', score: 2.5 }, { id: 'b', score: 1 }] }], 'my run');
    expect(out).toBe('q1\tQ0\ta\t1\t2.5\tmy_run\nq1\tQ0\tb\t2\t1\tmy_run\n');
  });
});
