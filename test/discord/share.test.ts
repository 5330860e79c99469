import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, Perm, type Json } from '../emulators/discord/index.ts';
import { messageText, startBot, type RunningBot } from './setup.ts';

const RUMOUR = 'the machines flipped the votes';
const ENTRY = 'voting-machines-flipped-votes';
const MODERATOR = { id: '222000000000000001', username: 'moderator', permissions: DEFAULT_MEMBER_PERMISSIONS | Perm.ManageMessages };
const MEMBER = { id: '222000000000000002', username: 'member' };
const CHECKER = { id: '222000000000000003', username: 'checker', roles: ['Fact Checkers'] };

describe('sharing a verdict to the channel', () => {
  let bot: RunningBot;
  let card: Json;
  beforeAll(async () => {
    bot = await startBot({
      script: { [RUMOUR]: [{ id: ENTRY, confidence: 0.9 }] },
      share: { requireManageMessages: true, roleName: 'Fact Checkers' },
    });
    card = await bot.emulator.slash('factcheck', { claim: RUMOUR }).reply();
  });
  afterAll(async () => bot.close());

  const channelPosts = () => bot.emulator.channelMessages.get(bot.emulator.channel.id) ?? [];

  it('posts the card publicly, attributed to the moderator, pinging no one, and records the share', async () => {
    const confirmation = await bot.emulator.button(card, `share:${ENTRY}:en`, { member: MODERATOR }).shown();
    expect(confirmation.ephemeral).toBe(true);
    expect(confirmation.message.content).toBe('Shared in this channel.');
    const post = channelPosts().at(-1)!;
    expect(post.content).toBe(`Shared by <@${MODERATOR.id}>`);
    expect(post.allowed_mentions).toEqual({ parse: [] });
    expect(messageText(post)).toContain('False');
    expect(JSON.stringify(post.components)).not.toContain('share:');
    expect(bot.store.shares.at(-1)).toMatchObject({ entryId: ENTRY, origin: { platform: 'discord', userId: MODERATOR.id } });
  });

  it('lets a member with the configured role share', async () => {
    const before = channelPosts().length;
    await bot.emulator.button(card, `share:${ENTRY}:en`, { member: CHECKER }).shown();
    expect(channelPosts().length).toBe(before + 1);
  });

  it('refuses a member without Manage Messages or the role, and posts nothing', async () => {
    const before = channelPosts().length;
    const shares = bot.store.shares.length;
    const denied = await bot.emulator.button(card, `share:${ENTRY}:en`, { member: MEMBER }).shown();
    expect(denied.ephemeral).toBe(true);
    expect(denied.message.content).toContain('Manage Messages');
    expect(denied.message.content).toContain('Fact Checkers');
    expect(channelPosts().length).toBe(before);
    expect(bot.store.shares.length).toBe(shares);
  });

  it('says clearly which permission the bot lacks (Embed Links) instead of posting a bare message', async () => {
    const before = channelPosts().length;
    const shown = await bot.emulator
      .button(card, `share:${ENTRY}:en`, { member: MODERATOR, appPermissions: DEFAULT_BOT_PERMISSIONS & ~Perm.EmbedLinks })
      .shown();
    expect(shown.message.content).toContain('Embed Links');
    expect(shown.message.content).not.toContain('Send Messages');
    expect(channelPosts().length).toBe(before);
  });

  it('says so when it cannot send messages in the channel', async () => {
    const shown = await bot.emulator
      .button(card, `share:${ENTRY}:en`, { member: MODERATOR, locale: 'es-ES', appPermissions: Perm.ViewChannel })
      .shown();
    expect(shown.message.content).toContain('Enviar mensajes');
    expect(shown.message.content).toContain('Insertar enlaces');
  });

  it('rides out a 429 from Discord on the channel post (discord.js retries after retry_after)', async () => {
    const before = channelPosts().length;
    bot.emulator.injectFault({
      method: 'POST',
      path: /^\/channels\/\d+\/messages$/,
      status: 429,
      headers: { 'retry-after': '0', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.01, global: false },
    });
    const shown = await bot.emulator.button(card, `share:${ENTRY}:en`, { member: MODERATOR }).shown();
    expect(shown.message.content).toBe('Shared in this channel.');
    expect(channelPosts().length).toBe(before + 1);
    expect(bot.emulator.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('records 👍 and 👎 feedback privately', async () => {
    const up = await bot.emulator.button(card, `fb:up:${ENTRY}`, { member: MEMBER }).shown();
    expect(up).toMatchObject({ ephemeral: true, message: { content: 'Thanks for your feedback!' } });
    await bot.emulator.button(card, `fb:down:${ENTRY}`, { member: MEMBER }).shown();
    expect(bot.store.feedback.slice(-2).map((f) => [f.entryId, f.vote])).toEqual([[ENTRY, 'up'], [ENTRY, 'down']]);
  });

  it('keeps buttons working after a restart (custom_ids and the card carry what they need)', async () => {
    const unmatched = 'a rumour nobody has checked yet, about the county fair';
    const noMatch = await bot.emulator.slash('factcheck', { claim: unmatched }).reply();
    await bot.restart();
    const before = channelPosts().length;
    await bot.emulator.button(card, `share:${ENTRY}:en`, { member: MODERATOR }).shown();
    expect(channelPosts().length).toBe(before + 1);
    await bot.emulator.button(noMatch, 'submit:en').shown();
    expect(bot.store.submissions.at(-1)?.text).toBe(unmatched);
  });
});
