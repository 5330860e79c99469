import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';

const TELEGRAM_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';
const DISCORD_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

function capture(): { log: ReturnType<typeof createLogger>; text: () => string } {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { log: createLogger('info', out), text: () => text };
}

describe('logs never contain a token', () => {
  it('masks a token inside a nested error cause, as grammY network errors carry the Bot API URL', () => {
    const { log, text } = capture();
    const inner = new Error(`request to https://api.telegram.org/bot${TELEGRAM_TOKEN}/getMe failed, reason: ECONNREFUSED`);
    const outer = new Error('Network request for getMe failed!', { cause: inner });
    log.error({ err: outer }, 'telegram start failed');
    expect(text()).toContain('ECONNREFUSED');
    expect(text()).not.toContain(TELEGRAM_TOKEN);
  });

  it('redacts token fields of logged objects and tokens in messages', () => {
    const { log, text } = capture();
    log.info({ config: { telegram: { token: TELEGRAM_TOKEN }, discord: { token: DISCORD_TOKEN } } }, 'config');
    log.warn(`retrying with ${DISCORD_TOKEN}`);
    expect(text()).not.toContain(TELEGRAM_TOKEN);
    expect(text()).not.toContain(DISCORD_TOKEN);
    expect(text()).toContain('[redacted]');
  });
});
