import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/ops/rate-limit.ts';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const config = { user: { burst: 3, perMinute: 6 }, chat: { burst: 5, perMinute: 60 } };

describe('rate limiter (token bucket)', () => {
  it('allows a burst, refuses the next, and refills at the configured rate', () => {
    const c = clock();
    const limiter = createRateLimiter(config, { now: c.now });
    const takes = () => limiter.take('user:telegram:1');
    expect([takes(), takes(), takes(), takes()]).toEqual([true, true, true, false]);
    c.advance(9_999); // 6 per minute: one token every 10 s
    expect(takes()).toBe(false);
    c.advance(1);
    expect([takes(), takes()]).toEqual([true, false]);
    c.advance(10 * 60_000); // a long pause refills to the burst, not beyond
    expect([takes(), takes(), takes(), takes()]).toEqual([true, true, true, false]);
  });

  it('keeps users apart, and gives chats their own (larger) budget', () => {
    const limiter = createRateLimiter(config, { now: clock().now });
    for (let i = 0; i < 3; i++) limiter.take('user:telegram:1');
    expect(limiter.take('user:telegram:1')).toBe(false);
    expect(limiter.take('user:telegram:2')).toBe(true);
    expect(limiter.take('user:discord:1')).toBe(true);
    const chat = Array.from({ length: 6 }, () => limiter.take('chat:telegram:-100'));
    expect(chat).toEqual([true, true, true, true, true, false]);
  });

  it('burst 0 switches that limit off', () => {
    const limiter = createRateLimiter({ ...config, chat: { burst: 0, perMinute: 0 } }, { now: clock().now });
    expect(Array.from({ length: 100 }, () => limiter.take('chat:discord:1')).every(Boolean)).toBe(true);
  });

  it('a flood of distinct keys cannot grow memory without bound, and active limits survive it', () => {
    const c = clock();
    const limiter = createRateLimiter(config, { now: c.now, maxKeys: 100 });
    for (let i = 0; i < 3; i++) limiter.take('user:telegram:spammer');
    c.advance(1);
    for (let i = 0; i < 10_000; i++) {
      limiter.take(`user:telegram:${i}`);
      if (i % 50 === 0) limiter.take('user:telegram:spammer'); // still active, still refused
    }
    expect(limiter.take('user:telegram:spammer')).toBe(false);
  });
});
