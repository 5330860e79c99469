import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../src/eval/tsv.ts';

describe('parseTsv', () => {
  it('keeps a quoted field with line breaks, tabs and doubled quotes as one field', () => {
    const text = '\tvclaim\ttitle\n7\t"line one\nline two\twith tab, ""quoted"""\tTitle\n8\tplain\tT2\n';
    expect(parseTsv(text)).toEqual([
      ['', 'vclaim', 'title'],
      ['7', 'line one\nline two\twith tab, "quoted"', 'Title'],
      ['8', 'plain', 'T2'],
    ]);
  });

  it('handles CRLF line ends, a BOM, a missing final newline and skips blank lines', () => {
    expect(parseTsv('\uFEFFa\tb\r\n\r\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('treats a quote inside an unquoted field as a literal character', () => {
    expect(parseTsv('1\tsays "hi" twice\n')).toEqual([['1', 'says "hi" twice']]);
  });

  it('keeps empty fields', () => {
    expect(parseTsv('\t\tx\n')).toEqual([['', '', 'x']]);
  });
});
