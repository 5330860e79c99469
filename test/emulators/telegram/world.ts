import type { BotCommand, Chat, InlineKeyboardMarkup, Message, MessageEntity, User } from 'grammy/types';
import { BadRequest } from './errors.ts';

/** What a message looks like now (after edits), whether it lives in a chat or was sent inline. */
export interface StoredInlineMessage {
  inline_message_id: string;
  text: string;
  entities: MessageEntity[];
  reply_markup?: InlineKeyboardMarkup;
}

/** Everything the emulated Telegram server remembers: chats, messages, queries, commands. */
export class World {
  readonly bot: User;
  private readonly chats = new Map<number, Chat>();
  private readonly messages = new Map<string, Message>();
  private readonly nextMessageId = new Map<number, number>();
  readonly inlineMessages = new Map<string, StoredInlineMessage>();
  /** Open callback/inline queries: id → answered yet. */
  readonly callbackQueries = new Map<string, boolean>();
  readonly inlineQueries = new Map<string, { answered: boolean; results?: unknown[] }>();
  /** setMyCommands state, keyed `${scopeType}:${languageCode}`. */
  readonly commands = new Map<string, BotCommand[]>();
  webhook: { url: string; secret?: string } | undefined;
  private clock = 1_700_000_000;

  constructor(
    botUsername: string,
    readonly inlineMode: boolean,
  ) {
    this.bot = { id: 5_000_001, is_bot: true, first_name: 'Claimcheck Test', username: botUsername };
  }

  now(): number {
    return this.clock++;
  }

  addChat(chat: Chat): Chat {
    this.chats.set(chat.id, chat);
    return chat;
  }

  chat(chatId: unknown): Chat {
    const chat = this.chats.get(Number(chatId));
    if (!chat) throw new BadRequest('chat not found');
    return chat;
  }

  newMessageId(chatId: number): number {
    const id = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, id + 1);
    return id;
  }

  store(message: Message): Message {
    this.messages.set(`${message.chat.id}:${message.message_id}`, message);
    return message;
  }

  message(chatId: number, messageId: number): Message | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  /** Messages in a chat, oldest first. */
  messagesIn(chatId: number): Message[] {
    return [...this.messages.values()].filter((m) => m.chat.id === chatId).sort((a, b) => a.message_id - b.message_id);
  }

  /** A message as Telegram nests it (reply_to_message one level deep only). */
  shallow(message: Message): Message {
    const { reply_to_message: _drop, ...rest } = message as Message & { reply_to_message?: Message };
    return rest as Message;
  }
}
