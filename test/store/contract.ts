import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DurableStore, Origin } from '../../src/store/ports.ts';

/** Opens the store under test; called again after close() to prove the state outlived it. */
export interface StoreFixture {
  open(): Promise<DurableStore>;
  cleanup(): Promise<void>;
}

const day = 86_400_000;
const t0 = new Date('2026-11-01T12:00:00Z');
const at = (days: number): Date => new Date(+t0 + days * day);
const tg = (userId: string, chatId = userId, chatType: Origin['chatType'] = 'private'): Origin => ({
  platform: 'telegram',
  chatType,
  userId,
  chatId,
});

/** The behaviour every ClaimStore back end must share: SQLite and PostgreSQL run this same suite. */
export function storeContract(name: string, makeFixture: () => Promise<StoreFixture>): void {
  describe(`store contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: DurableStore;
    beforeEach(async () => {
      fixture = await makeFixture();
      store = await fixture.open();
    });
    afterEach(async () => {
      await store.close();
      await fixture.cleanup();
    });

    it('keeps unmatched claims and curator submissions, newest first, with no ids', async () => {
      await store.recordUnmatched({ text: 'old claim', lang: 'en', outcome: 'none', origin: tg('1'), at: at(0) });
      await store.recordSubmission({ text: 'sent to curators', lang: 'es', origin: tg('2'), at: at(1) });
      await store.recordUnmatched({
        text: 'new claim',
        lang: 'ja',
        outcome: 'suggest',
        origin: { platform: 'discord', chatType: 'group', userId: '9', chatId: '8' },
        at: at(2),
      });
      const claims = await store.listClaims({ limit: 10 });
      expect(claims).toEqual([
        { kind: 'unmatched', text: 'new claim', lang: 'ja', outcome: 'suggest', platform: 'discord', chatType: 'group', at: at(2) },
        { kind: 'submission', text: 'sent to curators', lang: 'es', outcome: null, platform: 'telegram', chatType: 'private', at: at(1) },
        { kind: 'unmatched', text: 'old claim', lang: 'en', outcome: 'none', platform: 'telegram', chatType: 'private', at: at(0) },
      ]);
      expect(await store.listClaims({ limit: 1 })).toHaveLength(1);
      expect((await store.listClaims({ limit: 10, since: at(1) })).map((c) => c.text)).toEqual([
        'new claim',
        'sent to curators',
      ]);
    });

    it('stores hostile text intact apart from NUL, and caps its length', async () => {
      const text = '<b>本当?</b> 🗳️ "quotes" \'; DROP TABLE claims; -- \u0000end';
      await store.recordUnmatched({ text, lang: 'other', outcome: 'none', origin: tg('1'), at: at(0) });
      await store.recordSubmission({ text: 'x'.repeat(50_000), lang: 'en', origin: tg('1'), at: at(1) });
      const [long, hostile] = await store.listClaims({ limit: 10 });
      expect(hostile?.text).toBe(text.replace('\u0000', '\uFFFD'));
      expect(long?.text.length).toBe(10_000);
    });

    it('counts one vote per user and entry, the latest winning, most 👎 first', async () => {
      await store.recordFeedback({ entryId: 'a', vote: 'down', origin: tg('1'), at: at(0) });
      await store.recordFeedback({ entryId: 'a', vote: 'down', origin: tg('1'), at: at(1) }); // repeat: still one
      await store.recordFeedback({ entryId: 'a', vote: 'up', origin: tg('2'), at: at(1) });
      await store.recordFeedback({ entryId: 'b', vote: 'down', origin: tg('1'), at: at(0) });
      await store.recordFeedback({ entryId: 'b', vote: 'down', origin: tg('2'), at: at(0) });
      await store.recordFeedback({ entryId: 'b', vote: 'up', origin: tg('3'), at: at(0) });
      await store.recordFeedback({ entryId: 'b', vote: 'down', origin: tg('3'), at: at(2) }); // changed mind
      await store.recordFeedback({ entryId: 'c', vote: 'up', origin: tg('1'), at: at(0) });
      // Same user id on another platform is another person.
      await store.recordFeedback({ entryId: 'a', vote: 'down', origin: { ...tg('2'), platform: 'discord' }, at: at(3) });
      expect(await store.feedbackTally({ limit: 10 })).toEqual([
        { entryId: 'b', up: 0, down: 3, lastVoteAt: at(2) },
        { entryId: 'a', up: 1, down: 2, lastVoteAt: at(3) },
        { entryId: 'c', up: 1, down: 0, lastVoteAt: at(0) },
      ]);
      expect(await store.feedbackTally({ limit: 1 })).toHaveLength(1);
    });

    it('counts every anonymous (console) vote, since there is no user to deduplicate', async () => {
      const console: Origin = { platform: 'console', chatType: 'console' };
      await store.recordFeedback({ entryId: 'a', vote: 'down', origin: console, at: at(0) });
      await store.recordFeedback({ entryId: 'a', vote: 'down', origin: console, at: at(1) });
      expect(await store.feedbackTally({ limit: 10 })).toEqual([{ entryId: 'a', up: 0, down: 2, lastVoteAt: at(1) }]);
    });

    it('tallies shares per entry with distinct channels', async () => {
      await store.recordShare({ entryId: 'a', origin: tg('1', '-100', 'channel'), at: at(0) });
      await store.recordShare({ entryId: 'a', origin: tg('2', '-100', 'channel'), at: at(1) });
      await store.recordShare({ entryId: 'a', origin: tg('1', '-200', 'group'), at: at(2) });
      await store.recordShare({ entryId: 'b', origin: tg('1', '-100', 'channel'), at: at(0) });
      expect(await store.shareTally({ limit: 10 })).toEqual([
        { entryId: 'a', shares: 3, channels: 2, lastSharedAt: at(2) },
        { entryId: 'b', shares: 1, channels: 1, lastSharedAt: at(0) },
      ]);
    });

    it('purges every kind of record older than the cutoff and keeps the rest', async () => {
      for (const d of [0, 10]) {
        await store.recordUnmatched({ text: `u${d}`, lang: 'en', outcome: 'none', origin: tg('1'), at: at(d) });
        await store.recordSubmission({ text: `s${d}`, lang: 'en', origin: tg('1'), at: at(d) });
        await store.recordFeedback({ entryId: `e${d}`, vote: 'down', origin: tg('1'), at: at(d) });
        await store.recordShare({ entryId: `e${d}`, origin: tg('1'), at: at(d) });
      }
      expect(await store.purgeBefore(at(5))).toBe(4);
      expect((await store.listClaims({ limit: 10 })).map((c) => c.text).sort()).toEqual(['s10', 'u10']);
      expect((await store.feedbackTally({ limit: 10 })).map((f) => f.entryId)).toEqual(['e10']);
      expect((await store.shareTally({ limit: 10 })).map((s) => s.entryId)).toEqual(['e10']);
      expect(await store.purgeBefore(at(5))).toBe(0);
    });

    it('still has everything after close and reopen', async () => {
      await store.recordUnmatched({ text: 'survives', lang: 'en', outcome: 'none', origin: tg('1'), at: at(0) });
      await store.recordFeedback({ entryId: 'a', vote: 'down', origin: tg('1'), at: at(0) });
      await store.close();
      store = await fixture.open();
      expect((await store.listClaims({ limit: 10 })).map((c) => c.text)).toEqual(['survives']);
      // The reopened store hashes the same user the same way, so the vote is replaced, not added.
      await store.recordFeedback({ entryId: 'a', vote: 'up', origin: tg('1'), at: at(1) });
      expect(await store.feedbackTally({ limit: 10 })).toEqual([{ entryId: 'a', up: 1, down: 0, lastVoteAt: at(1) }]);
    });
  });
}
