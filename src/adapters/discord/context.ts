import type { BaseInteraction } from 'discord.js';
import { localeFromTag } from '../../core/i18n/index.ts';
import type { Locale } from '../../core/knowledge/schema.ts';
import type { Origin } from '../../store/ports.ts';
import type { AdapterDeps } from '../deps.ts';

/** What every handler gets: the adapter's dependencies and its options. */
export interface DiscordContext {
  deps: AdapterDeps;
  share: { requireManageMessages: boolean; roleName?: string };
}

/** The user's client locale, mapped to one we speak (English otherwise). */
export function userLocale(interaction: BaseInteraction): Locale {
  return localeFromTag(interaction.locale) ?? 'en';
}

export function originOf(interaction: BaseInteraction): Origin {
  return {
    platform: 'discord',
    chatType: interaction.inGuild() ? 'group' : 'private',
    userId: interaction.user.id,
    ...(interaction.channelId ? { chatId: interaction.channelId } : {}),
  };
}

/** Rate-limit key: per user, across servers. */
export const limiterKey = (interaction: BaseInteraction): string => `discord:${interaction.user.id}`;
