import { ApplicationCommandOptionType, ApplicationCommandType, type Client, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { dt, type DiscordKey } from '../../core/i18n/discord.ts';

/** The command names the router matches on (Discord always sends the base, English name). */
export const FACTCHECK = 'factcheck';
export const CLAIM_OPTION = 'claim';
export const PUBLIC_OPTION = 'public';
export const CONTEXT_MENU = dt('en', 'context.name');

/** Discord locales that get each of our translations (names and descriptions). */
const DISCORD_LOCALES = { es: ['es-ES', 'es-419'], ja: ['ja'] } as const;

function localized(key: DiscordKey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, tags] of Object.entries(DISCORD_LOCALES)) {
    for (const tag of tags) out[tag] = dt(locale as 'es' | 'ja', key);
  }
  return out;
}

/** `/factcheck claim:<text> [public]` and the message context-menu command, localised in es and ja. */
export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: FACTCHECK,
      name_localizations: localized('command.name'),
      description: dt('en', 'command.description'),
      description_localizations: localized('command.description'),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: CLAIM_OPTION,
          name_localizations: localized('option.claim.name'),
          description: dt('en', 'option.claim.description'),
          description_localizations: localized('option.claim.description'),
          required: true,
          autocomplete: true,
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: PUBLIC_OPTION,
          name_localizations: localized('option.public.name'),
          description: dt('en', 'option.public.description'),
          description_localizations: localized('option.public.description'),
          required: false,
        },
      ],
    },
    {
      type: ApplicationCommandType.Message,
      name: CONTEXT_MENU,
      name_localizations: localized('context.name'),
    },
  ];
}

/**
 * Bulk-overwrites the commands: in one guild when a guild id is given (visible at once, for
 * development and single-server installs), otherwise globally (may take up to an hour to show).
 */
export async function registerCommands(client: Client<true>, guildId?: string): Promise<void> {
  const body = commandDefinitions();
  if (guildId) await client.application.commands.set(body, guildId);
  else await client.application.commands.set(body);
}
