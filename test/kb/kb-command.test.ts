import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKbCommand } from '../../src/cli/kb-command.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { memoryIo } from '../support/memory-io.ts';
import { tempKb } from './temp-kb.ts';

const kbCommand = createKbCommand({ now: () => new Date('2026-11-25T12:00:00Z') });
let kb: ReturnType<typeof tempKb>;
let out: string;

beforeEach(() => {
  kb = tempKb();
  out = mkdtempSync(path.join(tmpdir(), 'kb-out-'));
});
afterEach(() => {
  kb.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('claimcheck kb', () => {
  it('validate exits 0 on a clean KB and 1 with an error', async () => {
    const clean = memoryIo();
    expect(await kbCommand(['validate', kb.dir], clean)).toBe(0);
    expect(clean.out()).toMatch(/3 valid entries, 0 errors, 0 warnings/);

    kb.edit('mail-ballots-mass-fraud.yaml', (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 2026-12-01'));
    const bad = memoryIo();
    expect(await kbCommand(['validate', kb.dir], bad)).toBe(1);
    expect(bad.out()).toMatch(/mail-ballots-mass-fraud\.yaml: reviewed: 2026-12-01 is in the future \(today is 2026-11-25\)/);
  });

  it('validate exits 0 when there are only warnings', async () => {
    // A phrasing that normalises to nothing: the bot would never match it (a warning).
    kb.edit('mail-ballots-mass-fraud.yaml', (t) => t.replace('    - mail in ballots are full of fraud\n', '    - mail in ballots are full of fraud\n    - https://t.co/abc123\n'));
    const io = memoryIo();
    expect(await kbCommand(['validate', kb.dir, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('export then import round-trips through files, as drafts the bot does not serve', async () => {
    const env = { CLAIMREVIEW_AUTHOR_NAME: 'Example Checks', CLAIMREVIEW_AUTHOR_URL: 'https://checks.example.org' };
    const exportIo = memoryIo('', env);
    expect(await kbCommand(['export', '--format', 'claimreview', '--out', path.join(out, 'reviews.json'), kb.dir], exportIo)).toBe(0);
    const reviews = JSON.parse(readFileSync(path.join(out, 'reviews.json'), 'utf8')) as { url: string; author: { name: string } }[];
    expect(reviews.map((r) => r.url)).toEqual([
      'https://checks.example.org/claims/mail-ballots-mass-fraud',
      'https://checks.example.org/claims/voting-machines-switched-votes',
    ]);
    expect(reviews[0]?.author.name).toBe('Example Checks');
    expect(exportIo.err()).toMatch(/Left out 1 draft/);

    const importIo = memoryIo();
    expect(await kbCommand(['import', '--format', 'claimreview', path.join(out, 'reviews.json'), '--dir', out], importIo)).toBe(0);
    expect(readdirSync(path.join(out, 'entries')).sort()).toEqual(['mail-ballots-mass-fraud.yaml', 'voting-machines-switched-votes.yaml']);
    const imported = await loadKnowledgeDir(out);
    const original = await loadKnowledgeDir(kb.dir);
    expect(imported.served).toEqual([]);
    for (const entry of imported.entries) {
      const before = original.get(entry.id)!;
      expect([entry.claim, entry.verdict, entry.summary, entry.reviewed]).toEqual([before.claim, before.verdict, before.summary, before.reviewed]);
      expect(entry.statements.map((s) => s.url)).toEqual(before.statements.map((s) => s.url));
    }

    // A second import never overwrites what is there.
    const again = memoryIo();
    expect(await kbCommand(['import', path.join(out, 'reviews.json'), '--dir', out], again)).toBe(0);
    expect(again.out()).toMatch(/skip .*mail-ballots-mass-fraud\.yaml \(already exists/);
  });

  it('import reports unreadable reviews, writes the rest and exits 1', async () => {
    const io = memoryIo(JSON.stringify([{ '@type': 'ClaimReview', claimReviewed: 'x' }, { '@type': 'ClaimReview', claimReviewed: 'Ballots were printed abroad', url: 'https://fc.example/abroad', datePublished: '2024-10-01', reviewRating: { alternateName: 'False' } }]));
    expect(await kbCommand(['import', '-', '--dir', out], io)).toBe(1);
    expect(io.err()).toMatch(/not imported: item 1: no dated source URL/);
    expect(existsSync(path.join(out, 'entries', 'ballots-were-printed-abroad.yaml'))).toBe(true);
  });

  it('import --dry-run prints drafts and writes nothing', async () => {
    const io = memoryIo(JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'Ballots were printed abroad', url: 'https://fc.example/abroad', datePublished: '2024-10-01', reviewRating: { alternateName: 'False' } }));
    expect(await kbCommand(['import', '-', '--dry-run', '--dir', out], io)).toBe(0);
    expect(io.out()).toMatch(/^--- # ballots-were-printed-abroad\.yaml\n# DRAFT imported from stdin/);
    expect(existsSync(path.join(out, 'entries'))).toBe(false);
  });

  it('stats prints the report with today from the clock', async () => {
    const io = memoryIo();
    expect(await kbCommand(['stats', kb.dir], io)).toBe(0);
    expect(io.out()).toMatch(/Not reviewed for over 180 days \(as of 2026-11-25\):\n  voting-machines-switched-votes/);
  });

  it('rejects bad arguments with usage and exit 2', async () => {
    for (const args of [['export', '--format', 'csv'], ['import'], ['validate', '--nope'], ['frobnicate'], []]) {
      const io = memoryIo();
      expect(await kbCommand(args, io)).toBe(2);
      expect(io.err()).toMatch(/usage:/);
    }
  });

  it('import rejects a file that is not JSON', async () => {
    const io = memoryIo('<html>');
    expect(await kbCommand(['import', '-'], io)).toBe(2);
    expect(io.err()).toMatch(/not valid JSON/);
  });
});
