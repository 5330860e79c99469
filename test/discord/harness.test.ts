import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterHarness } from '../contract/harness.ts';
import { discordHarness } from './harness.ts';
import { bundledKb } from './setup.ts';

describe('discordHarness (for the adapter contract suite)', () => {
  let harness: AdapterHarness;
  beforeAll(async () => {
    harness = await discordHarness();
  });
  afterAll(async () => harness.close());

  it('flattens a verdict card: label shown, official sources extracted', async () => {
    const entry = (await bundledKb()).get('proud-boys-threat-emails')!;
    const reply = await harness.ask(entry.claim);
    expect(reply.verdictShown).not.toBeNull();
    expect(reply.sourceUrls).toContain(entry.statements[0]!.url);
    expect(reply.text).not.toMatch(/\\[*_>]/); // markdown escapes are undone for plain text
  });

  it('reports no verdict and no sources for an off-topic claim', async () => {
    const reply = await harness.ask('my cat is orange and likes long naps');
    expect(reply.verdictShown).toBeNull();
    expect(reply.sourceUrls).toEqual([]);
  });
});
