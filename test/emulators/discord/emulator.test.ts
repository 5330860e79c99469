import { Client, Events, GatewayIntentBits, MessageFlags, Routes, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, startDiscordEmulator, type DiscordEmulator } from './index.ts';

/** A throwaway discord.js bot, so the emulator is checked against the real client. */
async function connect(emulator: DiscordEmulator, onInteraction: (i: Interaction) => Promise<void>, intents: number[] = [GatewayIntentBits.Guilds]) {
  const client = new Client({ intents, rest: { api: emulator.apiRoot } });
  client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch(() => undefined));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(emulator.bot.token);
  await ready;
  return client;
}

const COMMANDS = [
  { name: 'factcheck', description: 'Check a claim', options: [{ name: 'claim', description: 'The claim', type: 3, required: true, autocomplete: true }] },
  { name: 'Fact-check this message', type: 3 },
];

describe('Discord emulator with the real discord.js client', () => {
  let emulator: DiscordEmulator;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    client = undefined;
    await emulator.close();
  });

  it('serves gateway info, READY with application and GUILD_CREATE for a Guilds-only client', async () => {
    emulator = await startDiscordEmulator();
    client = await connect(emulator, async () => {});
    expect(client.application?.id).toBe(emulator.bot.applicationId);
    expect(client.guilds.cache.get(emulator.guild.id)?.channels.cache.size).toBe(1);
    expect(emulator.gateway.connections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    expect(emulator.gateway.connections[0]?.identify?.intents).toBe(1);
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /gateway/bot');
  });

  it('acknowledges gateway heartbeats (short interval so discord.js beats during the test)', async () => {
    emulator = await startDiscordEmulator({ heartbeatIntervalMs: 25 });
    client = await connect(emulator, async () => {});
    await emulator.waitFor(() => (emulator.gateway.connections[0]?.heartbeats ?? 0) >= 2 || undefined, 'two heartbeats');
    await emulator.waitFor(() => client!.ws.ping >= 0 || undefined, 'a heartbeat ACK measured by discord.js');
  });

  it('refuses privileged intents the application was not granted (close 4014)', async () => {
    emulator = await startDiscordEmulator();
    const c = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent], rest: { api: emulator.apiRoot } });
    await expect(c.login(emulator.bot.token)).rejects.toThrow();
    await c.destroy();
  });

  it('rejects a wrong token on REST with 401', async () => {
    emulator = await startDiscordEmulator();
    const c = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiRoot } });
    await expect(c.login('not-the-token')).rejects.toThrow(/token/i);
    await c.destroy();
  });

  it('registers commands, dispatches a slash command and records the deferred then edited reply', async () => {
    emulator = await startDiscordEmulator();
    client = await connect(emulator, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: `checked: ${i.options.getString('claim')}`, allowedMentions: { parse: [] } });
    });
    await client.application?.commands.set(COMMANDS, emulator.guild.id);
    const handle = emulator.slash('factcheck', { claim: 'votes were flipped' });
    const shown = await handle.shown();
    expect(shown.message.content).toBe('checked: votes were flipped');
    expect(shown.ephemeral).toBe(true);
    expect(handle.record.callbacks.map((c) => c.type)).toEqual([5]);
    expect(emulator.mentionRisks).toEqual([]);
  });

  it('answers a callback after the 3 s deadline with Unknown interaction (10062), on an injected clock', async () => {
    const clock = manualClock();
    emulator = await startDiscordEmulator({ now: clock.now });
    client = await connect(emulator, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'late', allowedMentions: { parse: [] } });
    });
    await client.application?.commands.set(COMMANDS, emulator.guild.id);
    const handle = emulator.slash('factcheck', { claim: 'x' });
    clock.advance(3001);
    expect(await handle.error()).toMatchObject({ status: 404, code: 10062 });
    expect(handle.record.callbacks).toEqual([]);
  });

  it('answers a second callback with 40060 and an over-long embed with 50035', async () => {
    emulator = await startDiscordEmulator();
    client = await connect(emulator, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'first', allowedMentions: { parse: [] } });
      // discord.js refuses a second reply locally, so go around it to reach the API.
      const second = { type: 4, data: { content: 'second', allowed_mentions: { parse: [] } } };
      await i.client.rest.post(Routes.interactionCallback(i.id, i.token), { body: second, auth: false }).catch(() => undefined);
      await i.followUp({ embeds: [{ title: 'x'.repeat(257) }], allowedMentions: { parse: [] } }).catch(() => undefined);
    });
    await client.application?.commands.set(COMMANDS, emulator.guild.id);
    const handle = emulator.slash('factcheck', { claim: 'x' });
    await emulator.waitFor(() => handle.record.errors.length >= 2 || undefined, 'two errors');
    expect(handle.record.errors.map((e) => e.code)).toEqual([40060, 50035]);
    expect(handle.record.errors[1]?.errors).toMatchObject({ embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
  });

  it('dispatches autocomplete, context menu and button interactions with their payloads', async () => {
    emulator = await startDiscordEmulator();
    client = await connect(emulator, async (i) => {
      if (i.isAutocomplete()) await i.respond([{ name: `you typed ${i.options.getFocused()}`, value: 'v' }]);
      if (i.isMessageContextMenuCommand()) {
        await i.reply({ content: i.targetMessage.content, components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: 'go:1' }] }], allowedMentions: { parse: [] } });
      }
      if (i.isButton()) await i.update({ content: `pressed ${i.customId} by ${i.user.username}`, components: [], allowedMentions: { parse: [] } });
    });
    await client.application?.commands.set(COMMANDS);
    await emulator.registered('global');
    expect(await emulator.autocomplete('factcheck', { claim: 'dom' }, 'claim').choices()).toEqual([{ name: 'you typed dom', value: 'v' }]);
    const menu = await emulator.contextMenu('Fact-check this message', 'ballots were dumped').reply();
    expect(menu.content).toBe('ballots were dumped');
    const pressed = await emulator.button(menu, 'go:1', { member: { username: 'mod' } }).shown();
    expect(pressed).toMatchObject({ how: 'update', message: { content: 'pressed go:1 by mod' } });
  });

  it('serves users/@me, applications/@me, follow-ups and GET @original', async () => {
    emulator = await startDiscordEmulator();
    client = await connect(emulator, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'first', allowedMentions: { parse: [] } });
      await i.followUp({ content: 'second', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      const original = await i.fetchReply();
      await i.followUp({ content: `original was ${original.content}`, allowedMentions: { parse: [] } });
    });
    expect(await client.rest.get(Routes.user('@me'))).toMatchObject({ id: emulator.bot.userId, bot: true });
    expect(await client.rest.get(Routes.currentApplication())).toMatchObject({ id: emulator.bot.applicationId });
    await client.application?.commands.set(COMMANDS);
    const handle = emulator.slash('factcheck', { claim: 'x' });
    expect(await handle.followUp(0)).toMatchObject({ content: 'second', flags: 64 });
    expect(await handle.followUp(1)).toMatchObject({ content: 'original was first' });
  });

  it('enforces the bot channel permissions on channel messages and flags messages that could ping', async () => {
    emulator = await startDiscordEmulator();
    client = await connect(emulator, async () => {});
    emulator.channel.botPermissions = 0n;
    await expect(client.rest.post(`/channels/${emulator.channel.id}/messages`, { body: { content: 'hi', allowed_mentions: { parse: [] } } })).rejects.toMatchObject({ code: 50001 });
    emulator.channel.botPermissions = (1n << 10n) | (1n << 11n);
    await client.rest.post(`/channels/${emulator.channel.id}/messages`, { body: { content: '@everyone hi' } });
    expect(emulator.mentionRisks).toHaveLength(1);
    expect(emulator.channelMessages.get(emulator.channel.id)).toHaveLength(1);
  });
});
