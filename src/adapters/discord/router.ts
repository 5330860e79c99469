import type { Interaction } from 'discord.js';
import { ClaimcheckError } from '../../core/errors.ts';
import { t } from '../../core/i18n/index.ts';
import { onAutocomplete } from './autocomplete.ts';
import { onCheckMessage, onFactcheck } from './claim.ts';
import { CONTEXT_MENU, FACTCHECK } from './commands.ts';
import { onButton, onSelect } from './components.ts';
import { userLocale, type DiscordContext } from './context.ts';
import { notice } from './respond.ts';

async function route(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (interaction.commandName === FACTCHECK) await onAutocomplete(ctx, interaction);
    else await interaction.respond([]);
  } else if (interaction.isChatInputCommand() && interaction.commandName === FACTCHECK) {
    await onFactcheck(ctx, interaction);
  } else if (interaction.isMessageContextMenuCommand() && interaction.commandName === CONTEXT_MENU) {
    await onCheckMessage(ctx, interaction);
  } else if (interaction.isButton()) {
    await onButton(ctx, interaction);
  } else if (interaction.isStringSelectMenu()) {
    await onSelect(ctx, interaction);
  } else if (interaction.isRepliable()) {
    // A command from an older registration, or a component we no longer know.
    await notice(interaction, t(userLocale(interaction), 'error.INTERNAL', { code: 'UNKNOWN_COMMAND' }));
  }
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    guildId: interaction.guildId ?? undefined,
    channelId: interaction.channelId ?? undefined,
  };
}

/**
 * The error boundary around one interaction: whatever fails, the user gets a private apology with
 * an error code to quote, and the log gets the context. Nothing escapes to the client.
 */
export async function handleInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  try {
    await route(ctx, interaction);
  } catch (err) {
    const code = err instanceof ClaimcheckError ? err.code : 'INTERNAL';
    const reference = `${code}-${interaction.id.slice(-6)}`;
    ctx.deps.log.error({ err, ...describe(interaction), reference }, 'discord interaction failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        await notice(interaction, t(userLocale(interaction), 'error.INTERNAL', { code: reference }));
      }
    } catch (apologyError) {
      // Typically the interaction expired (10062): nothing more can be shown to this user.
      ctx.deps.log.warn({ err: apologyError, ...describe(interaction), reference }, 'could not send the apology');
    }
  }
}
