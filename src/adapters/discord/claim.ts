import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { t } from '../../core/i18n/index.ts';
import { dt } from '../../core/i18n/discord.ts';
import { cardFor } from '../../render/model.ts';
import { renderDiscordCard } from '../../render/discord/index.ts';
import { recordOutcome } from '../record-outcome.ts';
import { CLAIM_OPTION, PUBLIC_OPTION } from './commands.ts';
import { limiterKey, originOf, userLocale, type DiscordContext } from './context.ts';
import { body, notice } from './respond.ts';

type ClaimInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/**
 * Checks one claim and answers with the card. Defers first (the store write after the check
 * may be slow), so Discord's 3-second acknowledgement deadline is always met.
 */
async function answer(ctx: DiscordContext, interaction: ClaimInteraction, text: string, isPublic: boolean): Promise<void> {
  const locale = userLocale(interaction);
  if (!ctx.deps.limiter.take(limiterKey(interaction))) {
    await notice(interaction, t(locale, 'error.RATE_LIMITED'));
    return;
  }
  await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
  const result = ctx.deps.checker.check(text, { locale });
  const card = cardFor(result);
  // A public answer never echoes the user's text: it would re-post the rumour to the channel.
  await interaction.editReply(body(renderDiscordCard(card, { shareable: !isPublic, ...(isPublic ? {} : { echo: text }) })));
  ctx.deps.log.info(
    { interactionId: interaction.id, outcome: result.outcome, entry: result.outcome === 'match' ? result.entry.id : undefined, lang: result.lang },
    'discord claim answered',
  );
  await recordOutcome(ctx.deps, text, result, originOf(interaction));
}

/** `/factcheck claim:<text> [public:true]` */
export async function onFactcheck(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const text = interaction.options.getString(CLAIM_OPTION) ?? '';
  const isPublic = interaction.options.getBoolean(PUBLIC_OPTION) ?? false;
  await answer(ctx, interaction, text, isPublic);
}

/**
 * "Fact-check this message": the text comes from the interaction's resolved message, so the bot
 * needs no Message Content intent.
 */
export async function onCheckMessage(ctx: DiscordContext, interaction: MessageContextMenuCommandInteraction): Promise<void> {
  const text = interaction.targetMessage.content ?? '';
  if (text.trim() === '') {
    await notice(interaction, dt(userLocale(interaction), 'context.no-text'));
    return;
  }
  await answer(ctx, interaction, text, false);
}
