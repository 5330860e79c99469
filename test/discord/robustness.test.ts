import { afterEach, describe, expect, it } from 'vitest';
import type { Checker } from '../../src/core/checker.ts';
import { createChecker } from '../../src/core/checker.ts';
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.ts';
import { entrySchema } from '../../src/core/knowledge/schema.ts';
import { LIMITS, manualClock, startDiscordEmulator, type Json } from '../emulators/discord/index.ts';
import { bundledKb, messageText, scriptedMatcher, startBot, TEST_TOKEN, type RunningBot } from './setup.ts';

const HOSTILE = '@everyone <script>alert(1)</script> **pwned** <@&123456789012345678> ||spoiler|| [click](https://evil.example)';

const embedOf = (m: Json) => (m.embeds as Json[])[0]!;

describe('Discord adapter under hostile input and failures', () => {
  let bot: RunningBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('never pings anyone and shows markup in KB text literally', async () => {
    const kb = await bundledKb();
    const base = kb.get('voting-machines-flipped-votes')!;
    const tricky = entrySchema.parse({
      ...base,
      id: 'tricky-entry',
      claim: '@everyone **votes** were <@&1> flipped',
      statements: [{ ...base.statements[0]!, quote: '> not a quote __nor underline__ @here' }],
    });
    bot = await startBot({
      checker: createChecker(new KnowledgeBase([...kb.entries, tricky]), scriptedMatcher({ [HOSTILE]: [{ id: 'tricky-entry', confidence: 0.9 }] })),
    });
    const shown = await bot.emulator.slash('factcheck', { claim: HOSTILE, public: true }).shown();
    const embed = embedOf(shown.message);
    expect(String(embed.description)).toContain('\\@everyone \\*\\*votes\\*\\* were \\<\\@&1\\> flipped');
    expect(JSON.stringify(embed.fields)).toContain('\\\\> not a quote \\\\_\\\\_nor underline\\\\_\\\\_ \\\\@here');
    expect(shown.message.allowed_mentions).toEqual({ parse: [] });
    expect(bot.emulator.mentionRisks).toEqual([]);
  });

  it('answers a 6,000-character hostile claim within every Discord limit, saying it was cut', async () => {
    bot = await startBot();
    const claim = (HOSTILE + ' ').repeat(60).slice(0, 6000);
    const handle = bot.emulator.slash('factcheck', { claim });
    const shown = await handle.shown();
    expect(handle.record.errors).toEqual([]);
    expect(messageText(shown.message)).toContain('only its first 2000 characters were checked');
    expect(String(embedOf(shown.message).footer && (embedOf(shown.message).footer as Json).text).length).toBeLessThanOrEqual(LIMITS.footerText);
    expect(bot.emulator.mentionRisks).toEqual([]);
    const thanks = await bot.emulator.button(shown.message, 'submit:en').reply();
    expect(thanks.content).toContain('curators');
    expect(bot.store.submissions.at(-1)?.text.startsWith(claim.slice(0, 1000))).toBe(true);
  });

  it('does not re-post the rumour in a public no-match answer', async () => {
    bot = await startBot();
    const shown = await bot.emulator.slash('factcheck', { claim: HOSTILE, public: true }).shown();
    expect(shown.ephemeral).toBe(false);
    expect(JSON.stringify(shown.message)).not.toContain('pwned');
    expect(shown.message.components).toEqual([]);
  });

  it('asks a user over the rate limit to wait, privately, without checking', async () => {
    let allow = true;
    bot = await startBot({ limiter: { take: () => allow } });
    allow = false;
    const handle = bot.emulator.slash('factcheck', { claim: 'ballots in a dumpster' });
    const shown = await handle.shown();
    expect(shown.ephemeral).toBe(true);
    expect(shown.message.content).toContain('Please wait a minute');
    expect(handle.record.callbacks[0]?.type).toBe(4);
    expect(bot.store.unmatched).toEqual([]);
  });

  it('acknowledges and answers before a slow store write finishes', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = {
      recordUnmatched: async () => gate,
      recordFeedback: async () => {},
      recordShare: async () => {},
      recordSubmission: async () => {},
      close: async () => {},
    };
    bot = await startBot({ store: store as never });
    const shown = await bot.emulator.slash('factcheck', { claim: 'a claim nobody has checked yet' }).shown();
    expect(messageText(shown.message)).toContain('No official statement matches this');
    release();
  });

  it('apologises privately with an error code when checking throws, and logs the context', async () => {
    const kb = await bundledKb();
    const real = createChecker(kb, scriptedMatcher({}));
    const broken: Checker = { ...real, check: () => { throw new Error('matcher exploded'); } };
    bot = await startBot({ checker: broken });
    const handle = bot.emulator.slash('factcheck', { claim: 'anything at all here' });
    const shown = await handle.shown();
    expect(shown.ephemeral).toBe(true);
    expect(shown.message.content).toMatch(/something went wrong.*INTERNAL-\d{6}/);
    await bot.emulator.waitFor(() => bot!.logs.find((l) => l.includes('discord interaction failed')), 'the error log');
    const line = JSON.parse(bot.logs.find((l) => l.includes('discord interaction failed'))!) as Json;
    expect(line).toMatchObject({ interactionId: handle.id, command: 'factcheck', err: { message: 'matcher exploded' } });
    // Autocomplete never runs a check (keystrokes are not claims), so it still works.
    expect(await bot.emulator.autocomplete('factcheck', { claim: 'ballots' }, 'claim').choices()).not.toEqual([]);
  });

  it('apologises privately even when the failed answer was going to be public', async () => {
    const kb = await bundledKb();
    const real = createChecker(kb, scriptedMatcher({}));
    bot = await startBot({ checker: { ...real, check: () => { throw new Error('boom'); } } });
    const handle = bot.emulator.slash('factcheck', { claim: 'anything at all here', public: true });
    const apology = await handle.followUp();
    expect(apology.flags).toBe(64);
    expect(apology.content).toMatch(/INTERNAL-\d{6}/);
    expect(handle.record.original).toBeNull();
    expect(handle.record.deletedOriginal).toBeDefined();
  });

  it('apologises when Discord refuses the channel post, and keeps serving', async () => {
    bot = await startBot({ script: { 'flipped votes claim': [{ id: 'voting-machines-flipped-votes', confidence: 0.9 }] }, share: { requireManageMessages: false } });
    const card = await bot.emulator.slash('factcheck', { claim: 'flipped votes claim' }).reply();
    bot.emulator.injectFault({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const failed = await bot.emulator.button(card, 'share:voting-machines-flipped-votes:en').shown();
    expect(failed.message.content).toMatch(/error INTERNAL-\d{6}/);
    expect(bot.store.shares).toEqual([]);
    const again = await bot.emulator.button(card, 'share:voting-machines-flipped-votes:en').shown();
    expect(again.message.content).toBe('Shared in this channel.');
  });

  it('survives an interaction that expired before it could answer (10062), and logs it', async () => {
    const clock = manualClock();
    const emulator = await startDiscordEmulator({ token: TEST_TOKEN, now: clock.now });
    bot = await startBot({ emulator });
    const late = bot.emulator.slash('factcheck', { claim: 'too late for this one' });
    clock.advance(3001);
    expect(await late.error()).toMatchObject({ code: 10062 });
    await bot.emulator.waitFor(() => bot!.logs.find((l) => l.includes('could not send the apology')), 'the apology failure log');
    const next = await bot.emulator.slash('factcheck', { claim: 'the next one is fine' }).shown();
    expect(messageText(next.message)).toContain('No official statement matches this');
  });
});
