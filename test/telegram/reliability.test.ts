import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimiter } from '../../src/adapters/deps.ts';
import type { Checker } from '../../src/core/checker.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import type { UnmatchedClaim } from '../../src/store/ports.ts';
import { CLAIMS, privateUser, say, startBotUnderTest, type BotUnderTest } from './setup.ts';

describe('Telegram bot reliability', () => {
  let bot: BotUnderTest | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('answers hostile markup and mentions with valid HTML, without repeating them', async () => {
    bot = await startBotUnderTest();
    const { user, chat } = privateUser(bot.emu);
    const hostile = ['<b>&', '<b>& fish</b> & <i>chips', '@everyone @here <script>alert(1)</script>', `<a href="x">${CLAIMS.rumour}</a> &amp;`];
    for (const text of hostile) {
      const { reply } = await say(bot.emu, chat, user, text);
      expect(reply.text).not.toContain('<');
      expect(reply.text).not.toContain('@everyone');
    }
    expect(bot.emu.findCalls('sendMessage', (c) => !c.ok)).toEqual([]);
  });

  it('cuts a 20,000-character message at the matcher cap and says so, within 4096 characters', async () => {
    bot = await startBotUnderTest();
    const { user, chat } = privateUser(bot.emu);
    const huge = `${CLAIMS.rumour} ${'blah '.repeat(4000)}`.slice(0, 20_000);
    const { reply } = await say(bot.emu, chat, user, huge);
    expect(reply.text).toMatch(/only its first \d+ characters were checked/);
    expect(reply.text!.length).toBeLessThanOrEqual(4096);
  });

  it('answers all of a 30-message burst while Telegram answers 429 (auto-retry)', async () => {
    bot = await startBotUnderTest();
    const emu = bot.emu;
    emu.inject429(2, 1, 'sendMessage');
    const users = Array.from({ length: 30 }, () => privateUser(emu));
    const replies = users.map(({ chat }) => emu.nextMessage(chat.id, { timeoutMs: 8000 }));
    users.forEach(({ user, chat }, i) => emu.pushMessage({ chat, from: user, text: i % 2 ? CLAIMS.rumour : CLAIMS.unknown }));
    const answered = await Promise.all(replies);
    expect(answered).toHaveLength(30);
    expect(emu.findCalls('sendMessage', (c) => c.error?.error_code === 429)).toHaveLength(2);
  }, 15_000);

  it('tells a flooding user once per flood, and keeps answering everyone else', async () => {
    let refusals = 0;
    let flooderKey = '';
    const limiter: RateLimiter = {
      take: (key) => {
        if (key !== flooderKey || refusals === 0) return true;
        refusals -= 1;
        return false;
      },
    };
    bot = await startBotUnderTest({ limiter });
    const emu = bot.emu;
    const flooder = privateUser(emu);
    const other = privateUser(emu);
    flooderKey = `user:telegram:${flooder.user.id}`;
    const toFlooder = () => emu.findCalls('sendMessage', (c) => c.ok && Number(c.payload.chat_id) === flooder.chat.id).map((c) => c.payload.text as string);

    refusals = 5;
    for (let i = 0; i < 5; i++) emu.pushMessage({ chat: flooder.chat, from: flooder.user, text: CLAIMS.rumour });
    const { reply: othersAnswer } = await say(emu, other.chat, other.user, CLAIMS.rumour);
    expect(othersAnswer.text).toContain('Verdict: False');
    // A chat's updates are handled in order: when the sixth is answered, the five were seen.
    const { reply } = await say(emu, flooder.chat, flooder.user, CLAIMS.rumour);
    expect(reply.text).toContain('Verdict: False');
    expect(toFlooder()).toHaveLength(2);
    expect(toFlooder()[0]).toContain('You are sending claims very quickly');

    refusals = 2;
    for (let i = 0; i < 2; i++) emu.pushMessage({ chat: flooder.chat, from: flooder.user, text: CLAIMS.rumour });
    await say(emu, flooder.chat, flooder.user, CLAIMS.rumour);
    expect(toFlooder().filter((t) => t.includes('very quickly'))).toHaveLength(2);
  });

  it('ignores update types it does not know and survives a failing update', async () => {
    const failing = (real: Checker): Checker => ({
      ...real,
      check: (text, options) => {
        if (text === 'explode') throw new Error('matcher blew up');
        return real.check(text, options);
      },
    });
    bot = await startBotUnderTest({ checker: failing });
    const { user, chat } = privateUser(bot.emu);
    bot.emu.pushUpdate({ poll: { id: 'p1', question: 'q', options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false } });
    bot.emu.pushUpdate({ update_type_from_the_future: { anything: true } });
    const { reply: apology } = await say(bot.emu, chat, user, 'explode');
    expect(apology.text).toContain('Sorry, something went wrong');
    const { reply } = await say(bot.emu, chat, user, CLAIMS.rumour);
    expect(reply.text).toContain('Verdict: False');
    expect(bot.logs()).toContain('matcher blew up');
  });

  it('stop() stops polling and resolves only after the update in flight is answered', async () => {
    let release!: () => void;
    let entered!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inStore = new Promise<void>((resolve) => (entered = resolve));
    class SlowStore extends MemoryStore {
      override async recordUnmatched(claim: UnmatchedClaim): Promise<void> {
        entered();
        await gate;
        await super.recordUnmatched(claim);
      }
    }
    bot = await startBotUnderTest({ store: new SlowStore() });
    const { user, chat } = privateUser(bot.emu);
    const reply = bot.emu.nextMessage(chat.id);
    bot.emu.pushMessage({ chat, from: user, text: CLAIMS.unknown });
    await inStore;
    await bot.emu.whenPolling();
    const before = bot.emu.calls.length;
    let stopped = false;
    const stopping = bot.adapter.stop().then(() => (stopped = true));
    expect(bot.adapter.healthy()).toBe(false);
    // The pending long poll is cancelled at once...
    await bot.emu.waitForCall('getUpdates', () => true, { since: before });
    // ...but stop() waits for the update being handled.
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await reply).text).toContain('No official statement matches this');
    // The handled update is confirmed, so a restart does not answer it twice.
    const confirm = bot.emu.findCalls('getUpdates', (c) => c.payload.limit === 1).at(-1);
    expect(confirm?.payload.offset).toBeGreaterThan(0);
    expect(bot.emu.pendingUpdates).toBe(0);
    expect(bot.store.unmatched).toHaveLength(1);
  });
});
