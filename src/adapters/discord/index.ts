import { Client, Events, GatewayIntentBits, Routes, Status, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { ClaimcheckError } from '../../core/errors.ts';
import type { AdapterDeps, RunningAdapter } from '../deps.ts';
import { registerCommands } from './commands.ts';
import type { DiscordContext } from './context.ts';
import { handleInteraction } from './router.ts';

export interface DiscordOptions {
  token: string;
  /** REST base for discord.js `rest.api`, e.g. http://127.0.0.1:8080/api (tests, proxies). */
  apiRoot?: string;
  /** Register commands in this guild only (instant) instead of globally. */
  guildId?: string;
  /** Overrides the gateway URL that GET /gateway/bot returns. */
  gatewayUrl?: string;
  /** Who may use "Share to channel". Default: members with Manage Messages. */
  share?: { requireManageMessages: boolean; roleName?: string };
}

/** Points discord.js at a fixed gateway URL by rewriting the /gateway/bot answer. */
function overrideGateway(client: Client, gatewayUrl: string): void {
  const get = client.rest.get.bind(client.rest);
  client.rest.get = async (route, options) => {
    const result = await get(route, options);
    return route === Routes.gatewayBot() ? { ...(result as RESTGetAPIGatewayBotResult), url: gatewayUrl } : result;
  };
}

/**
 * Starts the Discord bot: connects with the Guilds intent only (no privileged intents), registers
 * `/factcheck` and "Fact-check this message", and answers interactions until stopped.
 */
export async function startDiscord(deps: AdapterDeps, options: DiscordOptions): Promise<RunningAdapter> {
  const log = deps.log.child({ adapter: 'discord' });
  const ctx: DiscordContext = { deps: { ...deps, log }, share: options.share ?? { requireManageMessages: true } };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: options.apiRoot ? { api: options.apiRoot } : {},
    allowedMentions: { parse: [] },
  });
  if (options.gatewayUrl) overrideGateway(client, options.gatewayUrl);

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    const work = handleInteraction(ctx, interaction).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ code: event.code, shardId }, 'discord gateway disconnected'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(options.token);
  } catch (err) {
    await client.destroy();
    // A rejected token is a configuration problem; anything else (network) may be retried.
    const rejected = (err as { code?: unknown }).code === 'TokenInvalid' || (err as { status?: unknown }).status === 401;
    if (!rejected) throw err;
    throw new ClaimcheckError('CONFIG_INVALID', 'Discord rejected DISCORD_TOKEN (401 invalid token). Copy it again from the Bot tab of the Developer Portal.', { cause: err });
  }
  const readyClient = await ready;
  // Under a ShardingManager every shard process runs this; one registration is enough.
  const registers = !readyClient.shard || readyClient.shard.ids.includes(0);
  try {
    if (registers) await registerCommands(readyClient, options.guildId);
    log.info({ scope: options.guildId ? 'guild' : 'global', guildId: options.guildId, registered: registers }, 'discord commands registered');
  } catch (err) {
    // The bot still answers commands registered earlier; the log says what to fix.
    log.error({ err, guildId: options.guildId }, 'could not register Discord commands (is the bot in DISCORD_GUILD_ID, invited with applications.commands?)');
  }
  log.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'discord bot ready');

  return {
    name: 'discord',
    healthy: () => !stopping && client.ws.status === Status.Ready,
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
