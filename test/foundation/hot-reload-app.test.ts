import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/main.ts';
import { REPO_ROOT } from '../support/memory-io.ts';

const NEW_ENTRY = `id: orange-cats-cannot-vote
claim: Orange cats were allowed to vote in the election
verdict: false
summary:
  en: Cats cannot register to vote.
phrasings:
  en: ["my orange cat got a ballot and voted", "orange cats voted in the election", "my cat is orange and voted"]
statements:
  - speaker: Test Official
    org: Test Agency
    date: 2020-11-01
    quote: "Cats are not eligible voters."
    url: https://example.gov/cats
    verification: primary
reviewed: 2026-11-25
`;

let root: string;
let app: App;
const input = new PassThrough();
const output = new PassThrough();

async function ask(text: string): Promise<string> {
  const answer = once(output, 'data');
  input.write(`${text}\n`);
  const [chunk] = (await answer) as [Buffer];
  return chunk.toString('utf8');
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'claimcheck-reload-'));
  cpSync(path.join(REPO_ROOT, 'knowledge'), path.join(root, 'knowledge'), { recursive: true });
  app = await startApp(
    {
      stdin: input,
      stdout: output,
      stderr: new PassThrough(),
      env: { KNOWLEDGE_DIR: path.join(root, 'knowledge'), DATA_DIR: path.join(root, 'data'), LOG_LEVEL: 'silent' },
      cwd: root,
    },
    { interactive: false },
  );
});

afterAll(async () => {
  input.end();
  await app.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('a running console bot and knowledge edits', () => {
  it('serves a new entry after a valid edit, without restarting', async () => {
    expect(await ask('my orange cat got a ballot and voted')).toMatch(/^No official statement matches this/);
    const reloaded = once(app.events, 'kb-reloaded');
    writeFileSync(path.join(root, 'knowledge/entries/orange-cats-cannot-vote.yaml'), NEW_ENTRY);
    await reloaded;
    const answer = await ask('my orange cat got a ballot and voted');
    expect(answer).toMatch(/^Verdict: False/);
    expect(answer).toContain('https://example.gov/cats');
  });

  it('rejects an invalid edit and keeps serving the last good knowledge base', async () => {
    const rejected = once(app.events, 'kb-rejected');
    writeFileSync(path.join(root, 'knowledge/entries/orange-cats-cannot-vote.yaml'), NEW_ENTRY.replace('https://example.gov/cats', 'not a url'));
    const [error] = (await rejected) as [Error];
    expect(error.message).toMatch(/orange-cats-cannot-vote\.yaml: statements\[0\]\.url/);
    expect(await ask('my orange cat got a ballot and voted')).toContain('https://example.gov/cats');
  });
});
