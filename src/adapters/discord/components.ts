import { MessageFlags, Routes, type ButtonInteraction, type StringSelectMenuInteraction } from 'discord.js';
import { dt } from '../../core/i18n/discord.ts';
import { t } from '../../core/i18n/index.ts';
import type { Entry, Locale } from '../../core/knowledge/schema.ts';
import { decodeCustomId, escapeMarkdown, renderDiscordCard } from '../../render/discord/index.ts';
import { entryCard } from '../../render/model.ts';
import { limiterKey, originOf, userLocale, type DiscordContext } from './context.ts';
import { mayShare, missingBotPermissions } from './permissions.ts';
import { body, notice, NO_MENTIONS } from './respond.ts';

function servedEntry(ctx: DiscordContext, id: string): Entry | undefined {
  const entry = ctx.deps.checker.kb().get(id);
  return entry && entry.status !== 'draft' ? entry : undefined;
}

/** Reads the claim echoed in the card's footer (first line is the "You asked:" label). */
export function echoedClaim(interaction: ButtonInteraction): string | undefined {
  const footer = interaction.message.embeds[0]?.footer?.text;
  const at = footer?.indexOf('\n') ?? -1;
  const text = footer && at >= 0 ? footer.slice(at + 1).trim() : '';
  return text || undefined;
}

async function share(ctx: DiscordContext, interaction: ButtonInteraction, entryId: string, cardLocale: Locale): Promise<void> {
  const locale = userLocale(interaction);
  const channelId = interaction.channelId;
  if (!interaction.inGuild() || !channelId) return notice(interaction, dt(locale, 'share.no-channel'));
  if (!mayShare(ctx, interaction)) {
    const role = ctx.share.roleName;
    return notice(interaction, role ? dt(locale, 'share.denied-role', { role: escapeMarkdown(role) }) : dt(locale, 'share.denied'));
  }
  const missing = missingBotPermissions(interaction);
  if (missing.length > 0) {
    return notice(interaction, dt(locale, 'share.bot-missing', { permissions: missing.map((k) => dt(locale, k)).join(', ') }));
  }
  const entry = servedEntry(ctx, entryId);
  if (!entry) return notice(interaction, dt(locale, 'entry.gone'));
  if (!ctx.deps.limiter.take(limiterKey(interaction))) return notice(interaction, t(locale, 'error.RATE_LIMITED'));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const card = renderDiscordCard(entryCard(entry, cardLocale), { shareable: false, sharedBy: interaction.user.id });
  await interaction.client.rest.post(Routes.channelMessages(channelId), { body: { ...card, allowed_mentions: NO_MENTIONS } });
  ctx.deps.log.info({ interactionId: interaction.id, entry: entry.id, channelId }, 'discord verdict shared');
  try {
    await ctx.deps.store.recordShare({ entryId: entry.id, origin: originOf(interaction), at: new Date() });
  } catch (err) {
    ctx.deps.log.warn({ err, interactionId: interaction.id }, 'could not record a share');
  }
  await notice(interaction, dt(locale, 'share.done'));
}

async function feedback(ctx: DiscordContext, interaction: ButtonInteraction, entryId: string, vote: 'up' | 'down'): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await ctx.deps.store.recordFeedback({ entryId, vote, origin: originOf(interaction), at: new Date() });
  await notice(interaction, dt(userLocale(interaction), 'feedback.thanks'));
}

async function submit(ctx: DiscordContext, interaction: ButtonInteraction, lang: Locale): Promise<void> {
  const locale = userLocale(interaction);
  const text = echoedClaim(interaction);
  if (!text) return notice(interaction, dt(locale, 'submit.lost'));
  if (!ctx.deps.limiter.take(limiterKey(interaction))) return notice(interaction, t(locale, 'error.RATE_LIMITED'));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await ctx.deps.store.recordSubmission({ text, lang, origin: originOf(interaction), at: new Date() });
  await notice(interaction, dt(locale, 'submit.thanks'));
}

/** Buttons: share:, fb:, submit: (see render/discord/custom-id.ts). */
export async function onButton(ctx: DiscordContext, interaction: ButtonInteraction): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  if (action?.action === 'share') return share(ctx, interaction, action.entryId, action.locale);
  if (action?.action === 'feedback') return feedback(ctx, interaction, action.entryId, action.vote);
  if (action?.action === 'submit') return submit(ctx, interaction, action.locale);
  await notice(interaction, dt(userLocale(interaction), 'entry.gone'));
}

/** The "which claim did you mean" menu: shows the chosen entry's card in place. */
export async function onSelect(ctx: DiscordContext, interaction: StringSelectMenuInteraction): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  const entry = servedEntry(ctx, interaction.values[0] ?? '');
  if (action?.action !== 'pick' || !entry) return notice(interaction, dt(userLocale(interaction), 'entry.gone'));
  const shareable = interaction.message.flags.has(MessageFlags.Ephemeral);
  await interaction.update(body(renderDiscordCard(entryCard(entry, action.locale), { shareable })));
}
