import type { InteractionKind } from './interactions.ts';
import { messageObject } from './messages.ts';
import { DEFAULT_MEMBER_PERMISSIONS, snowflake, userObject, type EmulatedChannel, type EmulatedGuild, type Json } from './model.ts';

/** Who triggers an interaction. */
export interface MemberSpec {
  id?: string;
  username?: string;
  /** Computed channel permissions of the member (what Discord sends as member.permissions). */
  permissions?: bigint;
  /** Names of guild roles the member has. */
  roles?: string[];
}

export interface DispatchOptions {
  member?: MemberSpec;
  /** The user's client locale, e.g. 'en-US', 'es-ES', 'ja'. */
  locale?: string;
  /** Overrides the channel's bot permissions sent as app_permissions (the REST side still enforces the channel's). */
  appPermissions?: bigint;
  channelId?: string;
}

/** Interaction type numbers (Discord InteractionType). */
const Type = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;

export interface InteractionFrame {
  guild: EmulatedGuild;
  channel: EmulatedChannel;
  applicationId: string;
}

export const kindType: Record<InteractionKind, number> = {
  command: Type.ApplicationCommand,
  'context-menu': Type.ApplicationCommand,
  autocomplete: Type.Autocomplete,
  button: Type.MessageComponent,
  select: Type.MessageComponent,
};

const defaultMemberId = snowflake();

export function memberObject(spec: MemberSpec, guild: EmulatedGuild): Json {
  const roles = (spec.roles ?? []).map((name) => {
    const role = guild.roles.find((r) => r.name === name);
    if (!role) throw new Error(`No role named ${name} in guild ${guild.name}`);
    return role.id;
  });
  const username = spec.username ?? 'voter';
  return {
    user: userObject(spec.id ?? defaultMemberId, username),
    roles,
    permissions: (spec.permissions ?? DEFAULT_MEMBER_PERMISSIONS).toString(),
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The INTERACTION_CREATE payload, shaped like Discord's for a guild text channel. */
export function interactionPayload(kind: InteractionKind, data: Json, frame: InteractionFrame, options: DispatchOptions, extra: Json = {}): Json {
  return {
    id: snowflake(),
    application_id: frame.applicationId,
    type: kindType[kind],
    data,
    guild_id: frame.guild.id,
    guild: { id: frame.guild.id, locale: 'en-US', features: [] },
    channel_id: frame.channel.id,
    channel: { id: frame.channel.id, type: 0, guild_id: frame.guild.id, name: frame.channel.name, flags: 0 },
    member: memberObject(options.member ?? {}, frame.guild),
    token: `itok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    app_permissions: (options.appPermissions ?? frame.channel.botPermissions).toString(),
    locale: options.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': frame.guild.id },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
    ...extra,
  };
}

/** A message as it appears in `resolved.messages` of a message context-menu command. */
export function userMessage(content: string, frame: InteractionFrame, author: MemberSpec = { username: 'rumour-poster' }): Json {
  return messageObject({
    channel_id: frame.channel.id,
    author: userObject(author.id ?? snowflake(), author.username ?? 'rumour-poster'),
    content,
  });
}
