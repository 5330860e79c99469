import type { Chat, Message } from 'grammy/types';
import type { Origin } from '../../store/ports.ts';

/** The text a message carries: its text, or a photo's/document's caption. */
export function textOf(message: Pick<Message, 'text' | 'caption'> | undefined): string | undefined {
  return message?.text ?? message?.caption;
}

/** True when the message mentions @username (Telegram marks mentions as entities). */
export function mentions(message: Message, username: string): boolean {
  const text = textOf(message) ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  const wanted = `@${username}`.toLowerCase();
  return entities.some((e) => e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === wanted);
}

/**
 * The claim in a message addressed to the bot: without a leading /command[@bot] and without
 * @mentions of the bot. Used both when checking and when a button later needs the text back
 * from the message the bot replied to (so it survives restarts without server-side state).
 */
export function claimIn(message: Pick<Message, 'text' | 'caption'> | undefined, username: string): string {
  const text = textOf(message) ?? '';
  const withoutCommand = text.replace(/^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?(?:\s+|$)/, '');
  const mention = new RegExp(`@${username.replace(/[^A-Za-z0-9_]/g, '')}\\b`, 'gi');
  return withoutCommand.replace(mention, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

/**
 * The claim a no-match card answered, recovered from the chat itself (so "Send to curators"
 * works after a restart with no server-side state): the card replies to the checked message.
 */
export function claimBehindCard(card: Message | undefined, username: string): string | undefined {
  return claimIn(card?.reply_to_message, username) || undefined;
}

export function chatTypeOf(chat: Chat | undefined): Origin['chatType'] {
  if (!chat) return 'inline';
  if (chat.type === 'private') return 'private';
  if (chat.type === 'channel') return 'channel';
  return 'group';
}

export function originOf(chat: Chat | undefined, userId: number | undefined): Origin {
  return {
    platform: 'telegram',
    chatType: chatTypeOf(chat),
    ...(userId !== undefined ? { userId: String(userId) } : {}),
    ...(chat ? { chatId: String(chat.id) } : {}),
  };
}
