import { checkChoices, checkMessage, toErrorTree } from './limits.ts';
import {
  alreadyAcknowledged, ApiError, editMessage, makeMessage, unknownInteraction, unknownMessage, unknownWebhook,
} from './messages.ts';
import type { BotIdentity, Json } from './model.ts';

export type InteractionKind = 'command' | 'context-menu' | 'autocomplete' | 'button' | 'select';

/** Interaction callback types (Discord InteractionResponseType). */
export const Callback = {
  ChannelMessage: 4,
  DeferredChannelMessage: 5,
  DeferredUpdate: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
} as const;

export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  payload: Json;
  createdAt: number;
  callbacks: { type: number; data?: Json }[];
  /** The interaction's response message as currently shown (after edits); null until there is one. */
  original: Json | null;
  /** For component interactions: the message the component is on, as updated by type 7 / edits. */
  sourceMessage: Json | null;
  /** How many times the component's message was updated (type 7, or an edit after type 6). */
  sourceUpdates: number;
  followUps: Json[];
  /** The response message as it was when the bot deleted it, if it did. */
  deletedOriginal?: Json;
  /** Autocomplete choices sent (type 8). */
  choices: { name: string; value: unknown }[] | null;
  /** Errors the API answered this interaction's requests with. */
  errors: ApiError[];
}

const DEADLINE_MS = 3000;
const TOKEN_TTL_MS = 15 * 60 * 1000;

function invalidBody(violations: ReturnType<typeof checkMessage>): ApiError {
  return new ApiError(400, 50035, 'Invalid Form Body', toErrorTree(violations));
}

/** Interaction lifecycle: one callback within 3 s, then webhook edits and follow-ups for 15 min. */
export class InteractionBook {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly bot: BotIdentity,
    private readonly now: () => number,
    private readonly changed: (record: InteractionRecord) => void,
  ) {}

  add(record: InteractionRecord): void {
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }

  private fail(record: InteractionRecord | undefined, error: ApiError): never {
    record?.errors.push(error);
    if (record) this.changed(record);
    throw error;
  }

  private channelOf(record: InteractionRecord): { channelId: string; guildId?: string } {
    const guildId = typeof record.payload.guild_id === 'string' ? record.payload.guild_id : undefined;
    return { channelId: String(record.payload.channel_id), ...(guildId ? { guildId } : {}) };
  }

  callback(id: string, token: string, body: Json): Json {
    const record = this.byId.get(id);
    if (!record || record.token !== token) this.fail(record, unknownInteraction());
    if (this.now() - record.createdAt > DEADLINE_MS) this.fail(record, unknownInteraction());
    if (record.callbacks.length > 0) this.fail(record, alreadyAcknowledged());
    const type = typeof body.type === 'number' ? body.type : -1;
    const data = (typeof body.data === 'object' && body.data !== null ? body.data : {}) as Json;
    const isComponent = record.kind === 'button' || record.kind === 'select';
    const allowed: number[] = record.kind === 'autocomplete'
      ? [Callback.AutocompleteResult]
      : isComponent
        ? [Callback.ChannelMessage, Callback.DeferredChannelMessage, Callback.DeferredUpdate, Callback.UpdateMessage]
        : [Callback.ChannelMessage, Callback.DeferredChannelMessage];
    if (!allowed.includes(type)) this.fail(record, new ApiError(400, 50035, 'Invalid Form Body', toErrorTree([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for this interaction` }])));
    const violations = type === Callback.AutocompleteResult ? checkChoices(data) : checkMessage(data);
    if (violations.length > 0) this.fail(record, invalidBody(violations.map((v) => ({ ...v, path: ['data', ...v.path] }))));

    record.callbacks.push({ type, data });
    if (type === Callback.AutocompleteResult) {
      record.choices = (Array.isArray(data.choices) ? data.choices : []) as InteractionRecord['choices'];
    } else if (type === Callback.ChannelMessage || type === Callback.DeferredChannelMessage) {
      const loading = type === Callback.DeferredChannelMessage;
      record.original = makeMessage({
        ...this.channelOf(record), bot: this.bot, viaInteraction: true,
        body: loading ? { flags: data.flags } : data,
      });
      if (loading) record.original.flags = (record.original.flags as number) | (1 << 7); // LOADING
    } else if (type === Callback.UpdateMessage && record.sourceMessage) {
      record.sourceMessage = editMessage(record.sourceMessage, data);
      record.sourceUpdates += 1;
    }
    this.changed(record);
    return { interaction: { id, type: record.payload.type, response_message_id: record.original?.id ?? null }, resource: { type, message: record.original ?? record.sourceMessage } };
  }

  private byLiveToken(applicationId: string, token: string): InteractionRecord {
    const record = this.byToken.get(token);
    if (!record || applicationId !== this.bot.applicationId) this.fail(record, unknownWebhook());
    if (this.now() - record.createdAt > TOKEN_TTL_MS) this.fail(record, new ApiError(401, 50027, 'Invalid Webhook Token'));
    if (record.callbacks.length === 0) this.fail(record, unknownWebhook());
    return record;
  }

  getOriginal(applicationId: string, token: string): Json {
    const record = this.byLiveToken(applicationId, token);
    const message = record.original ?? record.sourceMessage;
    if (!message) this.fail(record, unknownMessage());
    return message;
  }

  /** PATCH @original: edits the response (after types 4/5) or the component's message (after 6/7). */
  editOriginal(applicationId: string, token: string, body: Json): Json {
    const record = this.byLiveToken(applicationId, token);
    const violations = checkMessage(body);
    if (violations.length > 0) this.fail(record, invalidBody(violations));
    if (record.original) {
      const edited = editMessage(record.original, body);
      edited.flags = (edited.flags as number) & ~(1 << 7);
      record.original = edited;
    } else if (record.sourceMessage) {
      record.sourceMessage = editMessage(record.sourceMessage, body);
      record.sourceUpdates += 1;
    } else {
      this.fail(record, unknownMessage());
    }
    this.changed(record);
    return record.original ?? (record.sourceMessage as Json);
  }

  /** DELETE @original: removes the response message (the interaction stays acknowledged). */
  deleteOriginal(applicationId: string, token: string): void {
    const record = this.byLiveToken(applicationId, token);
    if (!record.original) this.fail(record, unknownMessage());
    record.deletedOriginal = record.original;
    record.original = null;
    this.changed(record);
  }

  followUp(applicationId: string, token: string, body: Json): Json {
    const record = this.byLiveToken(applicationId, token);
    const violations = checkMessage(body);
    if (violations.length > 0) this.fail(record, invalidBody(violations));
    const message = makeMessage({ ...this.channelOf(record), bot: this.bot, viaInteraction: true, body });
    record.followUps.push(message);
    this.changed(record);
    return message;
  }

  /** Records an error that happened outside this book (e.g. an injected fault) on the interaction. */
  noteError(token: string, error: ApiError): void {
    const record = this.byToken.get(token);
    if (record) {
      record.errors.push(error);
      this.changed(record);
    }
  }
}
