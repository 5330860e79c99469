/** The emulated world: one bot application, its guilds, channels, roles, and snowflake ids. */
export type Json = Record<string, unknown>;

export interface EmulatedRole {
  id: string;
  name: string;
  permissions: bigint;
}

export interface EmulatedChannel {
  id: string;
  name: string;
  /** What the bot may do here: sent as app_permissions and enforced on channel messages. */
  botPermissions: bigint;
}

export interface EmulatedGuild {
  id: string;
  name: string;
  channels: EmulatedChannel[];
  roles: EmulatedRole[];
}

/** Permission bits used by the emulator (discord-api-types PermissionFlagsBits values). */
export const Perm = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  Administrator: 1n << 3n,
} as const;

export const DEFAULT_BOT_PERMISSIONS = Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.ReadMessageHistory;
export const DEFAULT_MEMBER_PERMISSIONS = Perm.ViewChannel | Perm.SendMessages | Perm.UseApplicationCommands | Perm.ReadMessageHistory;

/** Privileged intents: GuildMembers, GuildPresences, MessageContent. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

let counter = 0n;
/** Increasing snowflake-shaped ids (timestamp part fixed so ids stay ordered within a run). */
export function snowflake(): string {
  counter += 1n;
  return ((1_700_000_000_000n - 1_420_070_400_000n) * (1n << 22n) + counter).toString();
}

export interface BotIdentity {
  token: string;
  applicationId: string;
  userId: string;
  username: string;
}

export function userObject(id: string, username: string, bot = false): Json {
  return { id, username, global_name: username, discriminator: '0', avatar: null, bot, public_flags: 0 };
}

export function applicationObject(bot: BotIdentity): Json {
  return {
    id: bot.applicationId,
    name: bot.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    flags: 0,
    bot: userObject(bot.userId, bot.username, true),
  };
}

export function defaultGuild(): EmulatedGuild {
  const id = snowflake();
  return {
    id,
    name: 'Election Watch',
    channels: [{ id: snowflake(), name: 'general', botPermissions: DEFAULT_BOT_PERMISSIONS }],
    roles: [
      { id, name: '@everyone', permissions: DEFAULT_MEMBER_PERMISSIONS },
      { id: snowflake(), name: 'Fact Checkers', permissions: DEFAULT_MEMBER_PERMISSIONS },
    ],
  };
}

/** The GUILD_CREATE payload discord.js needs to cache the guild, its channels and roles. */
export function guildCreatePayload(guild: EmulatedGuild, bot: BotIdentity): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    emojis: [],
    stickers: [],
    roles: guild.roles.map((r, i) => ({
      id: r.id, name: r.name, color: 0, hoist: false, icon: null, unicode_emoji: null, position: i,
      permissions: r.permissions.toString(), managed: false, mentionable: false, flags: 0,
    })),
    channels: guild.channels.map((c, i) => ({
      id: c.id, type: 0, guild_id: guild.id, name: c.name, position: i, permission_overwrites: [], nsfw: false, parent_id: null,
    })),
    threads: [],
    members: [{ user: userObject(bot.userId, bot.username, true), roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
