import type { APIEmbed } from 'discord.js';
import { dt } from '../../core/i18n/discord.ts';
import type { Card } from '../model.ts';
import { cardComponents, type ActionRow } from './components.ts';
import { cardEmbed } from './embed.ts';

export { decodeCustomId, encodeCustomId, type ComponentAction } from './custom-id.ts';
export { echoFooter, embedSize, EMBED_LIMITS } from './embed.ts';
export { escapeMarkdown, unescapeMarkdown, cut } from './markdown.ts';
export type { ActionRow } from './components.ts';

/** A Discord message body (embeds + components); the adapter adds allowed mentions. */
export interface DiscordCard {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
}

export interface RenderOptions {
  /**
   * The user's own text, kept on none/suggest cards so "Send to curators" can read it back. Give it
   * for private answers only: a public card must not re-post a rumour.
   */
  echo?: string;
  /** Private answers get "Share to channel"; public ones do not. */
  shareable: boolean;
  /** For a shared card: the Discord user id of who shared it (shown as a mention that pings no one). */
  sharedBy?: string;
}

/** Renders a card as a Discord embed with its buttons, within Discord's limits. */
export function renderDiscordCard(card: Card, options: RenderOptions): DiscordCard {
  const embed = cardEmbed(card, { echo: options.echo });
  return {
    ...(options.sharedBy && /^\d+$/.test(options.sharedBy) ? { content: dt(card.locale, 'card.shared-by', { user: `<@${options.sharedBy}>` }) } : {}),
    embeds: [embed],
    components: cardComponents(card, { shareable: options.shareable, submittable: !!options.echo?.trim() }),
  };
}
