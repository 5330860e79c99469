import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/main.ts';
import { startDiscordEmulator } from '../emulators/discord/index.ts';
import { TelegramEmulator } from '../emulators/telegram/index.ts';
import { memoryIo } from '../support/memory-io.ts';
import { flattenReply } from './harness.ts';
import { TEST_TOKEN } from './setup.ts';

describe('Discord through the same code path as npm start', () => {
  it('starts only the Discord bot when DISCORD_TOKEN is set, answers /factcheck, never logs the token', async () => {
    const emulator = await startDiscordEmulator({ token: TEST_TOKEN });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'claimcheck-discord-'));
    const io = memoryIo('', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_ROOT: emulator.apiRoot,
      DISCORD_GUILD_ID: emulator.guild.id,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
    });
    const app = await startApp(io, { interactive: false });
    try {
      await app.ready;
      expect(app.adapters.map((a) => a.name)).toEqual(['discord']);
      expect(emulator.commands.list(emulator.guild.id).length).toBe(2);
      const reply = await emulator.slash('factcheck', { claim: 'my cat is orange and likes long naps' }).reply();
      expect(flattenReply(reply)).toContain('No official statement matches this');
      expect(io.out()).toBe('');
    } finally {
      await app.stop();
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(io.err()).toContain('discord bot ready');
    expect(io.err()).not.toContain(TEST_TOKEN);
  });

  it('runs alongside the Telegram bot when both tokens are set', async () => {
    const discord = await startDiscordEmulator({ token: TEST_TOKEN });
    const telegram = await TelegramEmulator.start();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'claimcheck-discord-'));
    const io = memoryIo('', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_ROOT: discord.apiRoot,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DATA_DIR: dataDir,
    });
    const app = await startApp(io, { interactive: false });
    try {
      await app.ready;
      expect(app.adapters.map((a) => a.name).sort()).toEqual(['discord', 'telegram']);
      expect(discord.commands.list('global').length).toBe(2);
      const user = telegram.user();
      const chat = telegram.privateChat(user);
      const telegramReply = telegram.nextMessage(chat.id);
      telegram.pushMessage({ chat, from: user, text: 'my cat is orange and likes long naps' });
      const discordReply = await discord.slash('factcheck', { claim: 'my cat is orange and likes long naps' }).reply();
      expect((await telegramReply).text).toContain('No official statement matches this');
      expect(flattenReply(discordReply)).toContain('No official statement matches this');
    } finally {
      await app.stop();
      await Promise.all([discord.close(), telegram.close()]);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('gives up at once, with a clear message, when Discord rejects the token', async () => {
    const emulator = await startDiscordEmulator({ token: 'the-right-token' });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'claimcheck-discord-'));
    const io = memoryIo('', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_ROOT: emulator.apiRoot, DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    const app = await startApp(io, { interactive: false });
    try {
      await expect(app.ready).rejects.toThrow(/DISCORD_TOKEN/);
      expect(emulator.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(1);
    } finally {
      await app.stop();
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(io.err()).not.toContain(TEST_TOKEN);
  });
});
