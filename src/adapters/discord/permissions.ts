import { GuildMember, PermissionFlagsBits, type ButtonInteraction } from 'discord.js';
import type { DiscordKey } from '../../core/i18n/discord.ts';
import type { DiscordContext } from './context.ts';

/** What the bot needs in a channel to post a shared verdict card. */
const NEEDED: { flag: bigint; key: DiscordKey }[] = [
  { flag: PermissionFlagsBits.ViewChannel, key: 'perm.ViewChannel' },
  { flag: PermissionFlagsBits.SendMessages, key: 'perm.SendMessages' },
  { flag: PermissionFlagsBits.EmbedLinks, key: 'perm.EmbedLinks' },
];

/** The bot's missing permissions in this channel, from the interaction's app_permissions. */
export function missingBotPermissions(interaction: ButtonInteraction): DiscordKey[] {
  return NEEDED.filter((p) => !interaction.appPermissions.has(p.flag)).map((p) => p.key);
}

function hasRole(interaction: ButtonInteraction, roleName: string): boolean {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.roles.cache.some((r) => r.name === roleName);
  // Uncached guild: the payload has role ids only, resolve them through the guild's role cache.
  const ids = Array.isArray(member?.roles) ? member.roles : [];
  return ids.some((id) => interaction.guild?.roles.cache.get(id)?.name === roleName);
}

/**
 * Whether this member may post verdicts publicly. When sharing is restricted, Manage Messages
 * (moderators) or the configured role is enough.
 */
export function mayShare(ctx: DiscordContext, interaction: ButtonInteraction): boolean {
  const { requireManageMessages, roleName } = ctx.share;
  if (!requireManageMessages && !roleName) return true;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) return true;
  return roleName ? hasRole(interaction, roleName) : false;
}
