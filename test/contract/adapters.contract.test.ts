import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordHarness } from '../discord/harness.ts';
import { telegramHarness } from '../telegram/harness.ts';
import { consoleHarness } from './console-harness.ts';
import type { AdapterHarness, ContractReply } from './harness.ts';

/**
 * One suite, every adapter: the same claim gets the same verdict and the same sources on each
 * platform. Adapters register their harness here as they land.
 */
const ADAPTERS: Record<string, () => Promise<AdapterHarness>> = {
  console: consoleHarness,
  telegram: telegramHarness,
  discord: discordHarness,
};

const CLAIMS = {
  infrastructure: 'the whole voting infrastructure is compromised',
  proudBoys: 'Iran sent emails pretending to be the Proud Boys',
  offTopic: 'my cat is orange',
};

const replies: Record<string, Record<string, ContractReply>> = {};

describe.each(Object.entries(ADAPTERS))('adapter contract: %s', (name, start) => {
  let harness: AdapterHarness;
  beforeAll(async () => {
    harness = await start();
    replies[name] = {};
  });
  afterAll(async () => harness.close());

  it('answers a known rumour with a verdict and at least one https source', async () => {
    const reply = await harness.ask(CLAIMS.infrastructure);
    replies[name]!.infrastructure = reply;
    expect(reply.verdictShown).toBe('False');
    expect(reply.sourceUrls.some((u) => u.startsWith('https://'))).toBe(true);
  });

  it('answers the Proud Boys email rumour with an official source', async () => {
    const reply = await harness.ask(CLAIMS.proudBoys);
    replies[name]!.proudBoys = reply;
    expect(reply.verdictShown).not.toBeNull();
    expect(reply.sourceUrls.length).toBeGreaterThan(0);
  });

  it('says honestly that nothing matched, and cites no source', async () => {
    const reply = await harness.ask(CLAIMS.offTopic);
    replies[name]!.offTopic = reply;
    expect(reply.verdictShown).toBeNull();
    expect(reply.sourceUrls).toEqual([]);
  });
});

describe('every adapter agrees', () => {
  it('shows the same verdict and the same best source for the same claim', () => {
    const names = Object.keys(replies);
    const reference = replies[names[0]!]!;
    for (const name of names.slice(1)) {
      for (const key of Object.keys(reference)) {
        expect(replies[name]![key]!.verdictShown, `${name}: ${key}`).toBe(reference[key]!.verdictShown);
        expect(replies[name]![key]!.sourceUrls[0], `${name}: ${key}`).toBe(reference[key]!.sourceUrls[0]);
      }
    }
  });
});
