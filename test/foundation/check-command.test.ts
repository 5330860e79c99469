import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { checkJsonSchema } from '../../src/cli/check-json.ts';
import { memoryIo } from '../support/memory-io.ts';

const INFRA = 'the whole voting infrastructure is compromised';

describe('claimcheck check', () => {
  it('answers a known claim with the verdict, an official quote and its source URL', async () => {
    const io = memoryIo();
    expect(await runCli(['check', INFRA], io)).toBe(0);
    expect(io.out()).toMatch(/Verdict: False/);
    expect(io.out()).toMatch(/https:\/\/\S+/);
    expect(io.out()).toMatch(/“.+”/);
  });

  it('prints JSON that parses with the exported schema', async () => {
    const io = memoryIo();
    await runCli(['check', INFRA, '--json'], io);
    const json = checkJsonSchema.parse(JSON.parse(io.out()));
    expect(json.outcome).toBe('match');
    expect(json.entry?.statements[0]?.url).toMatch(/^https:\/\//);
    expect(json.input).toBe(INFRA);
  });

  it('gives an honest no-match with no source for an off-topic claim', async () => {
    const io = memoryIo();
    await runCli(['check', 'my cat is orange', '--json'], io);
    const json = checkJsonSchema.parse(JSON.parse(io.out()));
    expect(json).toMatchObject({ outcome: 'none', entry: null, candidates: [] });

    const text = memoryIo();
    await runCli(['check', 'my cat is orange'], text);
    expect(text.out()).toMatch(/No official statement matches this/);
    expect(text.out()).not.toMatch(/https?:\/\//);
  });

  it('answers one JSON line per non-empty stdin line, in order', async () => {
    const io = memoryIo(`${INFRA}\n\n   \nmy cat is orange\n`);
    await runCli(['check', '--json'], io);
    const lines = io.out().trim().split('\n').map((l) => checkJsonSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => [l.input, l.outcome])).toEqual([
      [INFRA, 'match'],
      ['my cat is orange', 'none'],
    ]);
  });

  it('answers in Spanish when asked with --lang es and the text gives no language', async () => {
    const io = memoryIo();
    await runCli(['check', 'xyzzy plugh', '--lang', 'es'], io);
    expect(io.out()).toMatch(/Ninguna declaración oficial/);
  });

  it('rejects an unknown --lang with usage and exit code 2', async () => {
    const io = memoryIo();
    expect(await runCli(['check', INFRA, '--lang', 'fr'], io)).toBe(2);
    expect(io.err()).toMatch(/--lang must be one of en, es, ja/);
  });

  it('reports a bad configuration with every bad variable and exit code 2', async () => {
    const io = memoryIo('', { LOG_LEVEL: 'loud', HTTP_PORT: 'eighty' });
    expect(await runCli(['check', INFRA], io)).toBe(2);
    expect(io.err()).toMatch(/LOG_LEVEL/);
    expect(io.err()).toMatch(/HTTP_PORT/);
  });

  it('reports a missing knowledge folder clearly with exit code 1', async () => {
    const io = memoryIo('', { KNOWLEDGE_DIR: '/nonexistent/knowledge' });
    expect(await runCli(['check', INFRA], io)).toBe(1);
    expect(io.err()).toMatch(/knowledge base could not be loaded[\s\S]*cannot read the knowledge folder/);
  });

  it('rejects an unknown command with usage', async () => {
    const io = memoryIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/usage:/);
  });
});
