import { describe, expect, it } from 'vitest';
import { MAX_CLAIM_CHARS, normalize } from '../../src/core/match/normalize.ts';

describe('normalize', () => {
  it('strips links, tweet dates and preambles but keeps the words of handles and hashtags', () => {
    const n = normalize('BREAKING: @JoeBiden says #StopTheSteal https://t.co/x pic.twitter.com/abc — Jane Doe (@jdoe) March 3, 2020');
    expect(n.text).toBe('joe biden says stop the steal — jane doe ( jdoe )');
    expect(n.truncated).toBe(false);
  });

  it('removes forwarding boilerplate, control characters, zero-width characters and emoji', () => {
    expect(normalize('Forwarded from Patriots Channel: mail ballots\u0000\u200b are 🔥🔥 FAKE').text).toBe('mail ballots are fake');
  });

  it('spells out "U.S." so it is not lost as two one-letter words, but leaves "us" alone', () => {
    expect(normalize('The U.S. election').text).toBe('the united states election');
    expect(normalize('they lie to us').text).toBe('they lie to us');
  });

  it('folds full-width characters (NFKC) and case', () => {
    expect(normalize('ＤＯＭＩＮＩＯＮ　Ｍａｃｈｉｎｅｓ').text).toBe('dominion machines');
  });

  it('returns empty text for empty, emoji-only, URL-only and non-string input', () => {
    for (const input of ['', '   ', '😡😡😡', 'https://example.com/a?b=c', undefined, 42]) expect(normalize(input).text).toBe('');
  });

  it('cuts long input at MAX_CLAIM_CHARS and says so', () => {
    const n = normalize(`ballots ${'x'.repeat(200_000)}`);
    expect(n.truncated).toBe(true);
    expect(n.text.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'a'.repeat(MAX_CLAIM_CHARS - 1)}𝓒more`;
    const n = normalize(text);
    expect(n.truncated).toBe(true);
    expect(n.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
