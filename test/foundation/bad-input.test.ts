import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { checkJsonSchema } from '../../src/cli/check-json.ts';
import { MAX_CLAIM_CHARS } from '../../src/core/match/normalize.ts';
import { memoryIo } from '../support/memory-io.ts';

async function checkLines(lines: string[]): Promise<ReturnType<typeof checkJsonSchema.parse>[]> {
  const io = memoryIo(lines.join('\n') + '\n');
  expect(await runCli(['check', '--json'], io)).toBe(0);
  return io
    .out()
    .trim()
    .split('\n')
    .map((l) => checkJsonSchema.parse(JSON.parse(l)));
}

describe('bad input never crashes or hangs, and gets a sensible answer', () => {
  it('answers emoji-only, URL-only, binary and control characters with no confident match', async () => {
    const inputs = ['🔥🔥🔥😂😂', 'https://t.co/abc123 https://example.com/x?y=1', '\u0000\u0001\u0002\u00ff\ufffd\u0007', '@everyone <b>&amp;</b>'];
    const results = await checkLines(inputs);
    expect(results).toHaveLength(inputs.length);
    for (const r of results) expect(r.outcome).not.toBe('match');
  });

  it('cuts a 1 MB line at the documented cap and tells the user', async () => {
    const huge = 'the whole voting infrastructure is compromised '.repeat(23_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const io = memoryIo(`${huge}\n`);
    expect(await runCli(['check'], io)).toBe(0);
    expect(io.out()).toContain(`only its first ${MAX_CLAIM_CHARS} characters were checked`);
  });

  it('asks for a claim when the text is only punctuation', async () => {
    const io = memoryIo();
    await runCli(['check', '?!?! ...'], io);
    expect(io.out()).toMatch(/Send me the text of a claim/);
  });
});
