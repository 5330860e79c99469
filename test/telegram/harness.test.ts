import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterHarness } from '../contract/harness.ts';
import { telegramHarness } from './harness.ts';
import { bundledKb, CLAIMS } from './setup.ts';

describe('telegramHarness (for the contract suite)', () => {
  let harness: AdapterHarness;
  beforeAll(async () => {
    harness = await telegramHarness();
  });
  afterAll(() => harness.close());

  it('returns the verdict shown and the source links of a match', async () => {
    const entry = (await bundledKb()).get(CLAIMS.rumourId)!;
    const reply = await harness.ask(CLAIMS.rumour);
    expect(reply.verdictShown).toBe('False');
    expect(new Set(reply.sourceUrls)).toEqual(new Set(entry.statements.map((s) => s.url)));
  });

  it('shows no verdict and cites no source when nothing matches', async () => {
    const reply = await harness.ask(CLAIMS.unknown);
    expect(reply.verdictShown).toBeNull();
    expect(reply.sourceUrls).toEqual([]);
    expect(reply.text).toContain('No official statement matches this');
  });
});
