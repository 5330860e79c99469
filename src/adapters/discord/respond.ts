import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { DiscordCard } from '../../render/discord/index.ts';

/** Nobody is ever pinged by what the bot posts: not @everyone, roles, nor users. */
export const NO_MENTIONS = { parse: [] as never[] };

/** A message body for discord.js with mentions disabled. */
export function body(card: DiscordCard): DiscordCard & { allowedMentions: typeof NO_MENTIONS } {
  return { ...card, allowedMentions: NO_MENTIONS };
}

/**
 * Shows a short private notice, whatever state the interaction is in: a first reply, the edit
 * of a deferred reply, or a follow-up after a reply went out.
 */
export async function notice(interaction: RepliableInteraction, text: string): Promise<void> {
  const message = { content: text, embeds: [], components: [], allowedMentions: NO_MENTIONS };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply(message);
  } else if (interaction.deferred && !interaction.replied) {
    // The deferred reply is public: remove its "thinking…" placeholder and answer privately.
    await interaction.deleteReply();
    await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
  }
}
