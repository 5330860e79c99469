import { copyFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/match/index.ts';
import { readKnowledgeDir } from '../../src/kb/load.ts';
import { formatReport, validateRead, type ValidationReport } from '../../src/kb/validate/validate.ts';
import { tempKb } from './temp-kb.ts';

const TODAY = '2026-11-25';
let kb: ReturnType<typeof tempKb>;

async function validate(): Promise<ValidationReport> {
  return validateRead(await readKnowledgeDir(kb.dir), { today: TODAY, makeMatcher: createMatcher, entriesDir: kb.dir });
}

beforeEach(() => {
  kb = tempKb();
});
afterEach(() => kb.cleanup());

describe('kb validate checks', () => {
  it('passes the fixture knowledge base with no findings', async () => {
    const report = await validate();
    expect(report).toMatchObject({ entries: 3, errors: 0, warnings: 0 });
  });

  it('errors on a statement dated after today, naming file and field', async () => {
    kb.edit('mail-ballots-mass-fraud.yaml', (t) => t.replace('date: 2020-11-20', 'date: 2027-01-01'));
    const report = await validate();
    expect(report.errors).toBe(1);
    expect(formatReport(report)).toMatch(/^error +\S*mail-ballots-mass-fraud\.yaml: statements\[1\]\.date: 2027-01-01 is in the future/m);
  });

  it('errors on a review date after today', async () => {
    kb.edit('voting-machines-switched-votes.yaml', (t) => t.replace('reviewed: 2026-01-15', 'reviewed: 2026-11-26'));
    const report = await validate();
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'error', check: 'future-date', path: 'reviewed' })]);
  });

  it('errors on a statement URL that is not https', async () => {
    kb.edit('mail-ballots-mass-fraud.yaml', (t) => t.replace('https://county.example.gov/audit', 'http://county.example.gov/audit'));
    const report = await validate();
    expect(report).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.findings[0]).toMatchObject({ check: 'https', path: 'statements[1].url' });
  });

  it('reports schema errors with field paths and still checks the valid files', async () => {
    kb.edit('voting-machines-switched-votes.yaml', (t) => t.replace('verdict: misleading', 'verdict: maybe'));
    kb.edit('mail-ballots-mass-fraud.yaml', (t) => t.replace('https://county.example.gov/audit', 'http://county.example.gov/audit'));
    const report = await validate();
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', check: 'schema', file: expect.stringMatching(/voting-machines-switched-votes\.yaml$/), path: 'verdict' }),
        expect.objectContaining({ severity: 'error', check: 'https' }),
      ]),
    );
  });

  it('errors on a duplicate id', async () => {
    copyFileSync(kb.file('mail-ballots-mass-fraud.yaml'), kb.file('mail-ballots-mass-fraud.yml'));
    const report = await validate();
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'error', path: 'id', message: expect.stringMatching(/duplicate id "mail-ballots-mass-fraud"/) })]);
  });

  it('errors on an empty folder', async () => {
    const report = validateRead({ entries: [], files: new Map(), issues: [] }, { today: TODAY, makeMatcher: createMatcher, entriesDir: 'x/entries' });
    expect(report.errors).toBe(1);
  });
});

describe('collision report', () => {
  it('errors when another published entry would be the confident answer to a phrasing', async () => {
    // A mail-ballot phrasing pasted into the voting-machines entry by mistake.
    kb.edit('voting-machines-switched-votes.yaml', (t) =>
      t.replace('    - dominion machines flipped votes to the other candidate\n', '    - dominion machines flipped votes to the other candidate\n    - millions of fake mail ballots were counted\n'),
    );
    const report = await validate();
    const collision = report.findings.find((f) => f.check === 'collision');
    expect(collision).toMatchObject({
      file: expect.stringMatching(/voting-machines-switched-votes\.yaml$/),
      path: 'phrasings.en[2]',
      message: expect.stringMatching(/ranks "mail-ballots-mass-fraud" first/),
    });
    expect(collision?.severity).toBe(collision?.message.includes('the bot would answer with it') ? 'error' : 'warning');
  });

  it('only warns when a draft is involved', async () => {
    kb.edit('dead-people-voted.yaml', (t) => t.replace('    - thousands of dead people voted\n', '    - thousands of dead people voted\n    - the voting machines switched votes\n'));
    const report = await validate();
    const collisions = report.findings.filter((f) => f.check === 'collision');
    expect(collisions.length).toBeGreaterThan(0);
    expect(collisions.every((f) => f.severity === 'warning')).toBe(true);
    expect(report.errors).toBe(0);
  });
});

describe('unmatched phrasings', () => {
  it('warns when a phrasing finds no entry at all (nothing left after normalising)', async () => {
    kb.edit('mail-ballots-mass-fraud.yaml', (t) => t.replace('    - mail in ballots are full of fraud\n', '    - mail in ballots are full of fraud\n    - https://t.co/abc123\n'));
    const report = await validate();
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'warning', check: 'unmatched', path: 'phrasings.en[1]' })]);
  });
});

describe('formatReport', () => {
  it('ends with a one-line summary', async () => {
    writeFileSync(kb.file('broken.yaml'), 'id: [');
    expect(formatReport(await validate())).toMatch(/\n3 valid entries, 1 error, 0 warnings\n$/);
  });
});
