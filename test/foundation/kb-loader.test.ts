import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBaseError } from '../../src/core/errors.ts';
import { loadKnowledgeDir } from '../../src/kb/load.ts';
import { REPO_ROOT } from '../support/memory-io.ts';

const GOOD = `id: sample-claim
claim: Sample claim for the loader tests
verdict: false
summary:
  en: A sample.
phrasings:
  en: ["sample claim phrasing"]
statements:
  - speaker: Someone
    org: Some Agency
    date: 2020-10-21
    quote: "A quote."
    url: https://example.gov/statement
    verification: primary
reviewed: 2026-11-25
`;

const dirs: string[] = [];
function kbDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'entries'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'entries', name), text);
  return dir;
}

async function loadError(dir: string): Promise<KnowledgeBaseError> {
  try {
    await loadKnowledgeDir(dir);
  } catch (err) {
    if (err instanceof KnowledgeBaseError) return err;
    throw err;
  }
  throw new Error('expected the knowledge base to be rejected');
}

afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadKnowledgeDir', () => {
  it('loads a valid entry and applies defaults', async () => {
    const kb = await loadKnowledgeDir(kbDir({ 'sample-claim.yaml': GOOD }));
    expect(kb.get('sample-claim')?.status).toBe('published');
    expect(kb.size).toBe(1);
  });

  it('names the file and the field path of a bad statement URL', async () => {
    const bad = GOOD.replace('https://example.gov/statement', 'not a url');
    const err = await loadError(kbDir({ 'sample-claim.yaml': bad }));
    expect(err.message).toMatch(/sample-claim\.yaml: statements\[0\]\.url: /);
  });

  it('reports every bad file at once, not just the first', async () => {
    const err = await loadError(
      kbDir({
        'a-claim.yaml': GOOD.replace('sample-claim', 'a-claim').replace('verdict: false', 'verdict: maybe'),
        'b-claim.yaml': GOOD.replace('sample-claim', 'b-claim').replace('date: 2020-10-21', 'date: last tuesday'),
      }),
    );
    expect(err.message).toMatch(/a-claim\.yaml: verdict/);
    expect(err.message).toMatch(/b-claim\.yaml: statements\[0\]\.date/);
  });

  it('rejects duplicate ids', async () => {
    const err = await loadError(kbDir({ 'sample-claim.yaml': GOOD, 'sample-claim.yml': GOOD.replace('sample-claim.yaml', '') }));
    expect(err.message).toMatch(/duplicate id "sample-claim"/);
  });

  it('rejects an id that does not match its file name, so ids stay stable and unique', async () => {
    const err = await loadError(kbDir({ 'other-name.yaml': GOOD }));
    expect(err.message).toMatch(/other-name\.yaml: id: .*sample-claim\.yaml/);
  });

  it('reports YAML syntax errors with the file name', async () => {
    const err = await loadError(kbDir({ 'sample-claim.yaml': 'id: [unclosed' }));
    expect(err.message).toMatch(/sample-claim\.yaml: YAML syntax error/);
  });

  it('says clearly when the folder is missing', async () => {
    const err = await loadError(path.join(tmpdir(), 'no-such-knowledge-dir'));
    expect(err.code).toBe('KB_MISSING');
    expect(err.message).toContain('cannot read the knowledge folder');
  });

  it('keeps drafts out of what the bot serves', async () => {
    const kb = await loadKnowledgeDir(kbDir({ 'sample-claim.yaml': `${GOOD}status: draft\n` }));
    expect(kb.get('sample-claim')).toBeDefined();
    expect(kb.served).toHaveLength(0);
  });

  it('loads the bundled knowledge base', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-copy-'));
    dirs.push(dir);
    cpSync(path.join(REPO_ROOT, 'knowledge'), dir, { recursive: true });
    const kb = await loadKnowledgeDir(dir);
    expect(kb.size).toBeGreaterThanOrEqual(6);
  });
});
