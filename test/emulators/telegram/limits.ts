import type { InlineKeyboardMarkup, MessageEntity } from 'grammy/types';
import { z } from 'zod';
import { BadRequest } from './errors.ts';
import { parseTelegramHtml } from './html.ts';

/** Telegram's documented limits, enforced the way the Bot API reports them. */
export const LIMITS = {
  messageText: 4096,
  callbackData: 64,
  inlineResults: 50,
  inlineResultId: 64,
  callbackAnswerText: 200,
  commandName: 32,
  commandDescription: 256,
  commands: 100,
  switchInlineQuery: 256,
} as const;

/** Applies parse_mode and Telegram's length rules to an outgoing text. */
export function parseOutgoingText(text: string, parseMode: string | undefined): { text: string; entities: MessageEntity[] } {
  let parsed: { text: string; entities: MessageEntity[] };
  if (parseMode === undefined || parseMode === '') parsed = { text: text.trim(), entities: [] };
  else if (parseMode === 'HTML') parsed = parseTelegramHtml(text);
  else throw new BadRequest(`unsupported parse_mode "${parseMode}" (this emulator speaks HTML only)`);
  if (parsed.text.length === 0) throw new BadRequest('message text is empty');
  if (parsed.text.length > LIMITS.messageText) throw new BadRequest('message is too long');
  return parsed;
}

const buttonSchema = z
  .object({
    text: z.string(),
    url: z.string().optional(),
    callback_data: z.string().optional(),
    switch_inline_query: z.string().optional(),
    switch_inline_query_current_chat: z.string().optional(),
    switch_inline_query_chosen_chat: z.object({}).passthrough().optional(),
  })
  .strict();

export const replyMarkupSchema = z.object({ inline_keyboard: z.array(z.array(buttonSchema)) }).strict();

/** Checks an inline keyboard the way Telegram does: one action per button, data within limits. */
export function checkInlineKeyboard(markup: InlineKeyboardMarkup | undefined): void {
  if (!markup) return;
  for (const row of markup.inline_keyboard) {
    for (const raw of row) {
      const button = buttonSchema.parse(raw);
      if (button.text.trim() === '') throw new BadRequest('BUTTON_TEXT_INVALID');
      const actions = ['url', 'callback_data', 'switch_inline_query', 'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat'].filter(
        (k) => button[k as keyof typeof button] !== undefined,
      );
      if (actions.length !== 1) throw new BadRequest("can't parse inline keyboard button: exactly one action field is required");
      if (button.callback_data !== undefined) {
        const bytes = Buffer.byteLength(button.callback_data, 'utf8');
        if (bytes < 1 || bytes > LIMITS.callbackData) throw new BadRequest('BUTTON_DATA_INVALID');
      }
      if (button.url !== undefined && !/^(https?|tg):\/\/\S+$/.test(button.url)) throw new BadRequest('BUTTON_URL_INVALID');
      const query = button.switch_inline_query ?? button.switch_inline_query_current_chat;
      if (query !== undefined && query.length > LIMITS.switchInlineQuery) throw new BadRequest('BUTTON_SWITCH_INLINE_INVALID');
    }
  }
}

/** setMyCommands rules: lower-case names of 1-32 characters, descriptions of 1-256, at most 100. */
export function checkCommands(commands: readonly { command: string; description: string }[]): void {
  if (commands.length > LIMITS.commands) throw new BadRequest('too many commands');
  for (const c of commands) {
    if (!/^[a-z0-9_]{1,32}$/.test(c.command)) throw new BadRequest('BOT_COMMAND_INVALID');
    if (c.description.length < 1 || c.description.length > LIMITS.commandDescription) {
      throw new BadRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
}
