import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { createEvalCommand, evalCommand } from '../../src/cli/eval-command.ts';
import type { MatcherFactory, RankedHit } from '../../src/core/match/types.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const baseArgs = ['--kb', 'vclaims.tsv', '--queries', 'queries.tsv', '--qrels', 'qrels.txt'];

function makeIo(cwd = fixtures): { io: CliIo; out: () => string; err: () => string } {
  const collect = (s: PassThrough): (() => string) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    return () => Buffer.concat(chunks).toString('utf8');
  };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {}, cwd };
  return { io, out: collect(stdout), err: collect(stderr) };
}

/** Fixed rankings per query (keyed by the tweet's first word) so the report's numbers are known. */
const scripted: MatcherFactory = () => ({
  rank: (text) => {
    const table: Record<string, [string, number][]> = {
      BREAKING: [['0', 0.9], ['1', 0.1], ['2', 0.05]], // confident and right
      thousands: [['2', 0.7], ['1', 0.65], ['0', 0.3]], // confident and wrong
      Arizona: [['2', 0.4], ['0', 0.3], ['1', 0.01]], // right but unsure
    };
    const rows = table[text.split(/\W/)[0] ?? ''] ?? [];
    const hits: RankedHit[] = rows.map(([id, c]) => ({ id, score: c * 10, confidence: c, stance: 'unclear' }));
    return { lang: 'en', hits, queryTokens: 5, truncated: false };
  },
});

/** Fixed here so the expected tiers do not move when the matcher's tuned defaults do. */
const thresholds = { match: 0.6, suggest: 0.25, minTokensForMatch: 2 };

describe('claimcheck eval', () => {
  it('reports metrics and the abstention view as JSON, and writes a TREC run file', async () => {
    const runPath = join(mkdtempSync(join(tmpdir(), 'cc-eval-')), 'run.txt');
    const { io, out } = makeIo();
    const code = await createEvalCommand(scripted, thresholds)([...baseArgs, '--json', '--run', runPath], io);
    expect(code).toBe(0);
    const report = JSON.parse(out());
    expect(report).toMatchObject({ docs: 3, queries: 3, goldQueries: 3, runFile: runPath });
    expect(report.metrics.map1).toBeCloseTo(2 / 3, 10);
    expect(report.metrics.map5).toBeCloseTo(2.5 / 3, 10);
    expect(report.metrics.mrr).toBeCloseTo(2.5 / 3, 10);
    expect(report.abstention.withGold.match).toBeCloseTo(2 / 3, 10);
    expect(report.abstention.matchPrecision).toBe(0.5);
    // Without its gold doc, q1 falls to none, q2 stays a (wrong) match, q3 becomes a suggestion.
    expect(report.abstention.goldRemoved.match).toBeCloseTo(1 / 3, 10);
    expect(report.abstention.goldRemoved.suggest).toBeCloseTo(1 / 3, 10);
    expect(report.abstention.goldRemoved.none).toBeCloseTo(1 / 3, 10);
    const run = readFileSync(runPath, 'utf8').trim().split('\n');
    expect(run).toHaveLength(9);
    expect(run[0]).toBe('q1\tQ0\t0\t1\t9\tclaimcheck');
  });

  it('ranks the fixture right end to end with the real matcher and prints a readable report', async () => {
    const { io, out } = makeIo();
    expect(await evalCommand(baseArgs, io)).toBe(0);
    const text = out();
    expect(text).toMatch(/MAP@5\s+1\.0000/);
    expect(text).toMatch(/MAP@1\s+1\.0000/);
    expect(text).toMatch(/Recall@20\s+1\.0000/);
    expect(text).toContain('p99');
    expect(text).toContain('answer removed');
  });

  it('evaluates only the first N queries with --limit', async () => {
    const { io, out } = makeIo();
    expect(await createEvalCommand(scripted, thresholds)([...baseArgs, '--json', '--limit', '1'], io)).toBe(0);
    const report = JSON.parse(out());
    expect(report).toMatchObject({ queries: 1, goldQueries: 1 });
    expect(report.metrics.map1).toBe(1);
  });

  it('exits 2 naming every file that cannot be read', async () => {
    const { io, out, err } = makeIo();
    const code = await evalCommand(['--kb', 'nope.tsv', '--queries', 'queries.tsv', '--qrels', 'gone.txt'], io);
    expect(code).toBe(2);
    expect(err()).toBe(
      'claimcheck eval: cannot read --kb file "nope.tsv" (ENOENT); cannot read --qrels file "gone.txt" (ENOENT)\n',
    );
    expect(out()).toBe('');
  });

  it('exits 2 when the run file cannot be written', async () => {
    const { io, err } = makeIo();
    expect(await createEvalCommand(scripted, thresholds)([...baseArgs, '--run', 'no-such-dir/run.txt'], io)).toBe(2);
    expect(err()).toContain('cannot write --run file "no-such-dir/run.txt" (ENOENT)');
  });

  it('exits 2 with usage on a missing flag, an unknown flag or a bad number', async () => {
    for (const args of [
      ['--kb', 'vclaims.tsv', '--queries', 'queries.tsv'],
      [...baseArgs, '--frobnicate'],
      [...baseArgs, '--limit', 'ten'],
    ]) {
      const { io, err } = makeIo();
      expect(await evalCommand(args, io)).toBe(2);
      expect(err()).toContain('usage: claimcheck eval');
    }
  });

  it('exits 2 naming the line when the qrels file is malformed', async () => {
    const { io, err } = makeIo();
    expect(await evalCommand(['--kb', 'vclaims.tsv', '--queries', 'queries.tsv', '--qrels', 'queries.tsv'], io)).toBe(2);
    expect(err()).toMatch(/qrels line 1/);
  });
});
