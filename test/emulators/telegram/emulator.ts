import type { BotCommand, Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import type { RecordedCall, WaitOptions } from './call-log.ts';
import { parseOutgoingText } from './limits.ts';
import { EmulatorServer, type EmulatorOptions } from './server.ts';
import type { StoredInlineMessage } from './world.ts';

export interface PushMessageInput {
  chat: Chat;
  from: User;
  text?: string;
  /** A photo with this caption (the text then travels as `caption`). */
  caption?: string;
  replyTo?: Message;
  /** Marks the message as forwarded from a user with this display name. */
  forwardedFrom?: string;
}

/**
 * A loopback Telegram Bot API for tests: the real grammY client talks to it over HTTP on
 * 127.0.0.1. Tests drive users (pushMessage, pushCallbackQuery, pushInlineQuery) and wait on
 * what the bot did (waitForCall), never on time.
 */
export class TelegramEmulator {
  private nextUserId = 1001;
  private nextGroupId = -100_001;
  private nextQueryId = 1;

  private constructor(readonly server: EmulatorServer) {}

  static async start(options: EmulatorOptions = {}): Promise<TelegramEmulator> {
    const server = new EmulatorServer(options);
    await server.listen();
    return new TelegramEmulator(server);
  }

  get token(): string {
    return this.server.token;
  }
  get apiRoot(): string {
    return this.server.apiRoot;
  }
  get bot(): User {
    return this.server.world.bot;
  }
  get calls(): readonly RecordedCall[] {
    return this.server.log.calls;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  user(fields: Partial<User> = {}): User {
    return { id: this.nextUserId++, is_bot: false, first_name: 'Voter', language_code: 'en', ...fields };
  }

  privateChat(user: User): Chat {
    return this.server.world.addChat({ id: user.id, type: 'private', first_name: user.first_name });
  }

  group(type: 'group' | 'supergroup' = 'supergroup', title = 'Election chat'): Chat {
    return this.server.world.addChat({ id: this.nextGroupId--, type, title } as Chat);
  }

  /** A user sends a message; commands and @mentions get the entities Telegram would add. */
  pushMessage(input: PushMessageInput): Message {
    const world = this.server.world;
    const body = input.caption ?? input.text ?? '';
    const entities = detectEntities(body);
    const message = {
      message_id: world.newMessageId(input.chat.id),
      date: world.now(),
      chat: input.chat,
      from: input.from,
      ...(input.caption !== undefined
        ? { photo: [{ file_id: 'photo-1', file_unique_id: 'p1', width: 90, height: 90 }], caption: input.caption }
        : input.text !== undefined
          ? { text: input.text }
          : {}),
      ...(entities.length > 0 ? { [input.caption !== undefined ? 'caption_entities' : 'entities']: entities } : {}),
      ...(input.replyTo ? { reply_to_message: world.shallow(input.replyTo) } : {}),
      ...(input.forwardedFrom
        ? { forward_origin: { type: 'hidden_user', sender_user_name: input.forwardedFrom, date: world.now() } }
        : {}),
    } as Message;
    world.store(message);
    this.server.enqueue({ message } as Omit<Update, 'update_id'>);
    return message;
  }

  /** A user presses an inline button on a bot message (in a chat, or sent inline). */
  pushCallbackQuery(input: { from: User; data: string; message?: Message; inlineMessageId?: string }): string {
    const id = String(this.nextQueryId++);
    this.server.world.callbackQueries.set(id, false);
    const current = input.message ? this.server.world.message(input.message.chat.id, input.message.message_id) : undefined;
    this.server.enqueue({
      callback_query: {
        id,
        from: input.from,
        chat_instance: 'ci-1',
        data: input.data,
        ...(current ? { message: current } : {}),
        ...(input.inlineMessageId ? { inline_message_id: input.inlineMessageId } : {}),
      },
    } as Omit<Update, 'update_id'>);
    return id;
  }

  /** A user types `@bot <query>` in any chat. */
  pushInlineQuery(input: { from: User; query: string; chatType?: 'private' | 'group' | 'supergroup' | 'sender' }): string {
    const id = String(this.nextQueryId++);
    this.server.world.inlineQueries.set(id, { answered: false });
    this.server.enqueue({
      inline_query: { id, from: input.from, query: input.query, offset: '', ...(input.chatType ? { chat_type: input.chatType } : {}) },
    } as Omit<Update, 'update_id'>);
    return id;
  }

  /**
   * The user picks an answered inline result: its message becomes an inline message (with an
   * inline_message_id when it has buttons) and the bot gets chosen_inline_result.
   */
  chooseInlineResult(input: { from: User; inlineQueryId: string; resultId: string; query: string }): StoredInlineMessage {
    const world = this.server.world;
    const results = (world.inlineQueries.get(input.inlineQueryId)?.results ?? []) as {
      id: string;
      input_message_content: { message_text: string; parse_mode?: string };
      reply_markup?: StoredInlineMessage['reply_markup'];
    }[];
    const result = results.find((r) => r.id === input.resultId);
    if (!result) throw new Error(`No answered inline result ${input.resultId}`);
    const inlineMessageId = `im-${this.nextQueryId++}`;
    const { text, entities } = parseOutgoingText(result.input_message_content.message_text, result.input_message_content.parse_mode);
    const stored: StoredInlineMessage = { inline_message_id: inlineMessageId, text, entities, ...(result.reply_markup ? { reply_markup: result.reply_markup } : {}) };
    world.inlineMessages.set(inlineMessageId, stored);
    this.server.enqueue({
      chosen_inline_result: { result_id: input.resultId, from: input.from, query: input.query, inline_message_id: inlineMessageId },
    } as Omit<Update, 'update_id'>);
    return stored;
  }

  /** Any raw update body (e.g. a type the bot does not know). */
  pushUpdate(body: Record<string, unknown>): void {
    this.server.enqueue(body as Omit<Update, 'update_id'>);
  }

  /** The next `count` Bot API calls (of `method`, default: all but getUpdates) fail with 429. */
  inject429(count: number, retryAfter = 1, method?: string): void {
    this.server.inject429(count, retryAfter, method);
  }

  waitForCall(method: string, predicate?: (call: RecordedCall) => boolean, options?: WaitOptions): Promise<RecordedCall> {
    return this.server.log.waitFor(method, predicate, options);
  }

  /** Waits for the next message the bot successfully sends to `chatId`. */
  async nextMessage(chatId: number, options?: WaitOptions): Promise<Message> {
    const call = await this.waitForCall('sendMessage', (c) => c.ok && Number(c.payload.chat_id) === chatId, options);
    return call.result as Message;
  }

  findCalls(method: string, predicate?: (call: RecordedCall) => boolean): RecordedCall[] {
    return this.server.log.find(method, predicate);
  }

  /** A message as it is now (after the bot's edits). */
  message(chatId: number, messageId: number): Message | undefined {
    return this.server.world.message(chatId, messageId);
  }

  inlineMessage(id: string): StoredInlineMessage | undefined {
    return this.server.world.inlineMessages.get(id);
  }

  /** Commands registered with setMyCommands for a scope type and language ('' = default). */
  commands(languageCode = '', scopeType = 'default'): BotCommand[] | undefined {
    return this.server.world.commands.get(`${scopeType}:${languageCode}`);
  }

  get webhook(): { url: string; secret?: string } | undefined {
    return this.server.world.webhook;
  }
  get webhookDeliveries(): readonly { updateId: number; status: number }[] {
    return this.server.deliveries;
  }
  /** Resolves once the bot has a getUpdates long poll waiting (i.e. it is idle and listening). */
  whenPolling(): Promise<void> {
    return this.server.updates.whenPolling();
  }

  /** Updates queued for getUpdates and not yet confirmed. */
  get pendingUpdates(): number {
    return this.server.updates.size;
  }
}

/** The entities Telegram's clients attach: a leading /command and @mentions. */
function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,32}/g)) {
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return entities;
}
