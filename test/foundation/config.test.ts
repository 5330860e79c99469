import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ClaimcheckError } from '../../src/core/errors.ts';

describe('loadConfig', () => {
  it('starts no bot and uses the bundled knowledge base when nothing is set', () => {
    const config = loadConfig({}, '/app');
    expect(config.telegram).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.knowledgeDir).toBe('/app/knowledge');
    expect(config.dataDir).toBe('/app/data');
    expect(config.logLevel).toBe('info');
  });

  it('treats empty values as unset, as an .env copied from .env.example has them', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: ' ', HTTP_PORT: '' }, '/app');
    expect(config.telegram).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.httpPort).toBeUndefined();
  });

  it('lists every bad variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: 'not-a-token', LOG_LEVEL: 'loud', HTTP_PORT: '99999', TELEGRAM_API_ROOT: 'ftp://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimcheckError);
    const message = (error as ClaimcheckError).message;
    for (const name of ['TELEGRAM_BOT_TOKEN', 'LOG_LEVEL', 'HTTP_PORT', 'TELEGRAM_API_ROOT']) expect(message).toContain(name);
    expect((error as ClaimcheckError).code).toBe('CONFIG_INVALID');
  });

  it('never echoes a token value in its error message', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'secret value with spaces' })).toThrow(/TELEGRAM_BOT_TOKEN/);
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: 'secret value with spaces' });
    } catch (e) {
      expect((e as Error).message).not.toContain('secret value');
    }
  });

  it('configures both bots when both tokens are set', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '123456:ABC-def_ghi', DISCORD_TOKEN: 'abc.def.ghi', DISCORD_GUILD_ID: '123456789012345678' });
    expect(config.telegram?.token).toBe('123456:ABC-def_ghi');
    expect(config.discord?.guildId).toBe('123456789012345678');
  });

  it('requires the webhook URL and secret together', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: '1:a', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' })).toThrow(/together/);
  });
});

describe('.env.example', () => {
  it('documents every variable the app reads, and a copy of it is a valid configuration', async () => {
    const { readFileSync } = await import('node:fs');
    const { ENV_VARS } = await import('../../src/config.ts');
    const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const env = Object.fromEntries(
      text
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(Object.keys(env).sort()).toEqual([...ENV_VARS].sort());
    const config = loadConfig(env, '/app');
    expect(config.telegram).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });
});
