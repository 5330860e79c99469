import { snowflake, userObject, type BotIdentity, type Json } from './model.ts';

/** An error the emulated API answers with, in Discord's JSON shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Json,
    /** Extra top-level fields of the error body (e.g. retry_after on a 429). */
    readonly extra: Json = {},
  ) {
    super(message);
  }
  body(): Json {
    return { ...this.extra, message: this.message, code: this.code, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

export const unknownInteraction = () => new ApiError(404, 10062, 'Unknown interaction');
export const alreadyAcknowledged = () => new ApiError(400, 40060, 'Interaction has already been acknowledged.');
export const unknownWebhook = () => new ApiError(404, 10015, 'Unknown Webhook');
export const unknownMessage = () => new ApiError(404, 10008, 'Unknown Message');
export const missingPermissions = () => new ApiError(403, 50013, 'Missing Permissions');
export const missingAccess = () => new ApiError(403, 50001, 'Missing Access');
export const unauthorized = () => new ApiError(401, 0, '401: Unauthorized');

const EPHEMERAL = 1 << 6;

export interface MessageDraft {
  channelId: string;
  guildId?: string;
  body: Json;
  bot: BotIdentity;
  /** Set for interaction responses and follow-ups (sent through the application's webhook). */
  viaInteraction?: boolean;
  /** Flags fixed by the interaction (e.g. ephemeral chosen at defer time). */
  flags?: number;
}

/** A message object with Discord's default fields; `fields` fills in or overrides the rest. */
export function messageObject(fields: Json & { channel_id: string; author: Json }): Json {
  return {
    id: snowflake(),
    type: 0,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...fields,
  };
}

/** Builds the message object the API returns and stores. */
export function makeMessage(draft: MessageDraft): Json {
  const body = draft.body;
  const flags = (draft.flags ?? 0) | (typeof body.flags === 'number' ? body.flags & EPHEMERAL : 0);
  return messageObject({
    type: draft.viaInteraction ? 20 : 0,
    channel_id: draft.channelId,
    ...(draft.guildId ? { guild_id: draft.guildId } : {}),
    author: userObject(draft.bot.userId, draft.bot.username, true),
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    flags,
    allowed_mentions: body.allowed_mentions,
    ...(draft.viaInteraction ? { webhook_id: draft.bot.applicationId, application_id: draft.bot.applicationId } : {}),
  });
}

/** Applies an edit body to a stored message (fields absent from the edit keep their value). */
export function editMessage(message: Json, body: Json): Json {
  const next: Json = { ...message, edited_timestamp: new Date().toISOString() };
  for (const key of ['content', 'embeds', 'components', 'allowed_mentions'] as const) {
    if (key in body) next[key] = body[key] ?? (key === 'content' ? '' : []);
  }
  return next;
}

export const isEphemeral = (message: Json): boolean => ((message.flags as number) & EPHEMERAL) !== 0;
