import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../emulators/discord/index.ts';
import { bundledKb, messageText, startBot, TEST_TOKEN, type RunningBot } from './setup.ts';

describe('Discord bot start-up, commands, context menu and autocomplete', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ script: { 'Dominion machines deleted Trump votes': [{ id: 'voting-machines-flipped-votes', confidence: 0.9 }] } });
  });
  afterAll(async () => bot.close());

  it('connects with the Guilds intent only and is healthy', () => {
    expect(bot.emulator.gateway.connections.at(-1)?.identify?.intents).toBe(1);
    expect(bot.adapter.healthy()).toBe(true);
  });

  it('registers /factcheck and the context menu in the configured guild, localised in es-ES and ja', () => {
    const commands = bot.emulator.commands.list(bot.emulator.guild.id);
    expect(bot.emulator.commands.list('global')).toEqual([]);
    const slash = commands.find((c) => c.name === 'factcheck')!;
    expect(slash.name_localizations).toMatchObject({ 'es-ES': 'verificar', ja: 'ファクトチェック' });
    expect(slash.description_localizations).toHaveProperty('ja');
    const options = slash.options as Json[];
    expect(options.map((o) => [o.name, o.type, o.autocomplete ?? false])).toEqual([['claim', 3, true], ['public', 5, false]]);
    const menu = commands.find((c) => c.type === 3)!;
    expect(menu.name).toBe('Fact-check this message');
    expect(menu.name_localizations).toMatchObject({ 'es-ES': 'Verificar este mensaje' });
  });

  it('checks a message from the context menu using the resolved message content', async () => {
    const shown = await bot.emulator.contextMenu('Fact-check this message', 'Dominion machines deleted Trump votes').shown();
    expect(shown.ephemeral).toBe(true);
    expect(messageText(shown.message)).toContain('Verdict: False');
  });

  it('explains when the message has no text to check', async () => {
    const shown = await bot.emulator.contextMenu('Fact-check this message', '   ').shown();
    expect(shown.message.content).toContain('no text I can check');
  });

  it('autocompletes knowledge-base claims: at most 25, names within 100 characters', async () => {
    const kb = await bundledKb();
    const all = await bot.emulator.autocomplete('factcheck', { claim: '' }, 'claim').choices();
    expect(all.length).toBe(Math.min(25, kb.served.length));
    expect(all.every((c) => c.name.length >= 1 && c.name.length <= 100 && String(c.value).length <= 100)).toBe(true);
    const typed = await bot.emulator.autocomplete('factcheck', { claim: 'Proud Boys' }, 'claim').choices();
    expect(typed.length).toBeGreaterThan(0);
    expect(typed[0]?.name).toMatch(/Proud Boys/);
    const spanish = await bot.emulator.autocomplete('factcheck', { claim: 'votos por correo' }, 'claim', { locale: 'es-ES' }).choices();
    expect(spanish.length).toBeGreaterThan(0);
    const nothing = await bot.emulator.autocomplete('factcheck', { claim: 'zzqx' }, 'claim').choices();
    expect(nothing).toEqual([]);
  });

  it('never writes the token to the logs', () => {
    expect(bot.logs.length).toBeGreaterThan(0);
    expect(bot.logs.join('\n')).not.toContain(TEST_TOKEN);
    expect(bot.emulator.requests.every((r) => r.authorized || !r.path.startsWith('/channels'))).toBe(true);
  });
});

describe('global registration and shutdown', () => {
  it('registers globally without a guild id, and reports unhealthy once stopped', async () => {
    const bot = await startBot({ global: true });
    expect(bot.emulator.commands.list('global').map((c) => c.name)).toEqual(['factcheck', 'Fact-check this message']);
    await bot.adapter.stop();
    expect(bot.adapter.healthy()).toBe(false);
    await bot.emulator.close();
  });

  it('connects to DiscordOptions.gatewayUrl instead of the advertised gateway when given', async () => {
    const { startDiscordEmulator } = await import('../emulators/discord/index.ts');
    const { startDiscord } = await import('../../src/adapters/discord/index.ts');
    const emulator = await startDiscordEmulator({ token: TEST_TOKEN, advertisedGatewayUrl: 'ws://127.0.0.1:9/unreachable' });
    const deps = { checker: {} as never, store: {} as never, log: (await import('pino')).default({ level: 'silent' }), limiter: { take: () => true } };
    const adapter = await startDiscord(deps, { token: TEST_TOKEN, apiRoot: emulator.apiRoot, gatewayUrl: emulator.gatewayUrl });
    expect(adapter.healthy()).toBe(true);
    await adapter.stop();
    await emulator.close();
  });

  it('keeps running and says what to fix when command registration is refused (bot not in that guild)', async () => {
    const { startDiscordEmulator } = await import('../emulators/discord/index.ts');
    const { startDiscord } = await import('../../src/adapters/discord/index.ts');
    const emulator = await startDiscordEmulator({ token: TEST_TOKEN });
    const lines: string[] = [];
    const pino = (await import('pino')).default;
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const deps = { checker: {} as never, store: {} as never, log, limiter: { take: () => true } };
    const adapter = await startDiscord(deps, { token: TEST_TOKEN, apiRoot: emulator.apiRoot, guildId: '123456789012345678' });
    expect(adapter.healthy()).toBe(true);
    expect(lines.join('')).toContain('is the bot in DISCORD_GUILD_ID');
    await adapter.stop();
    await emulator.close();
  });

  it('fails start-up with a clear message (and no token) when Discord rejects the token', async () => {
    const { startDiscordEmulator } = await import('../emulators/discord/index.ts');
    const { startDiscord } = await import('../../src/adapters/discord/index.ts');
    const emulator = await startDiscordEmulator({ token: 'the-right-token' });
    const deps = { checker: {} as never, store: {} as never, log: (await import('pino')).default({ level: 'silent' }), limiter: { take: () => true } };
    const error = await startDiscord(deps, { token: TEST_TOKEN, apiRoot: emulator.apiRoot }).then(
      () => new Error('started with a rejected token'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain('DISCORD_TOKEN');
    expect(error.message).not.toContain(TEST_TOKEN);
    await emulator.close();
  });
});
