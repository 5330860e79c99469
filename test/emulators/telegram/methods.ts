import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import { z } from 'zod';
import { BadRequest } from './errors.ts';
import { LIMITS, checkCommands, checkInlineKeyboard, parseOutgoingText, replyMarkupSchema } from './limits.ts';
import type { World } from './world.ts';

/** A Bot API method: validated payload in, `result` out; throws ApiError for Telegram's errors. */
export type MethodHandler = (payload: Record<string, unknown>) => unknown;

const chatId = z.union([z.number().int(), z.string()]);
const markup = replyMarkupSchema.optional();

const sendMessage = z.looseObject({
  chat_id: chatId,
  text: z.string(),
  parse_mode: z.string().optional(),
  reply_markup: markup,
  reply_parameters: z
    .looseObject({ message_id: z.number().int(), allow_sending_without_reply: z.boolean().optional() })
    .optional(),
});
const editMessageText = z.looseObject({
  chat_id: chatId.optional(),
  message_id: z.number().int().optional(),
  inline_message_id: z.string().optional(),
  text: z.string(),
  parse_mode: z.string().optional(),
  reply_markup: markup,
});
const editMessageReplyMarkup = editMessageText.omit({ text: true, parse_mode: true });
const answerCallbackQuery = z.looseObject({
  callback_query_id: z.string(),
  text: z.string().optional(),
  show_alert: z.boolean().optional(),
});
const inlineResult = z.looseObject({
  type: z.string(),
  id: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  input_message_content: z.looseObject({ message_text: z.string(), parse_mode: z.string().optional() }),
  reply_markup: markup,
});
const answerInlineQuery = z.looseObject({
  inline_query_id: z.string(),
  results: z.array(inlineResult),
  cache_time: z.number().int().optional(),
  is_personal: z.boolean().optional(),
});
const setMyCommands = z.looseObject({
  commands: z.array(z.looseObject({ command: z.string(), description: z.string() })),
  scope: z.looseObject({ type: z.string() }).optional(),
  language_code: z.string().optional(),
});
const sendChatAction = z.looseObject({
  chat_id: chatId,
  action: z.enum(['typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note']),
});
const setWebhook = z.looseObject({ url: z.string(), secret_token: z.string().optional() });

const TOO_OLD = 'query is too old and response timeout expired or query ID is invalid';

export function createMethods(world: World): Record<string, MethodHandler> {
  const edit = (p: z.infer<typeof editMessageReplyMarkup>, text: string | undefined, parseMode: string | undefined): Message | true => {
    const parsed = text === undefined ? undefined : parseOutgoingText(text, parseMode);
    const replyMarkup = p.reply_markup as InlineKeyboardMarkup | undefined;
    checkInlineKeyboard(replyMarkup);
    if (p.inline_message_id !== undefined) {
      const current = world.inlineMessages.get(p.inline_message_id);
      if (!current) throw new BadRequest('MESSAGE_ID_INVALID');
      const next = { ...current, ...(parsed ?? {}), reply_markup: replyMarkup };
      if (JSON.stringify(next) === JSON.stringify(current)) throw notModified();
      world.inlineMessages.set(p.inline_message_id, next);
      return true;
    }
    const chat = world.chat(p.chat_id);
    const current = p.message_id === undefined ? undefined : world.message(chat.id, p.message_id);
    if (!current) throw new BadRequest('message to edit not found');
    if (current.from?.id !== world.bot.id) throw new BadRequest("message can't be edited");
    const next = { ...current, ...(parsed ?? {}), reply_markup: replyMarkup, edit_date: world.now() } as Message;
    const same = (m: Message) => JSON.stringify([m.text, m.entities ?? [], m.reply_markup ?? null]);
    if (same(next) === same(current)) throw notModified();
    if (!replyMarkup) delete (next as { reply_markup?: unknown }).reply_markup;
    return world.store(next);
  };

  return {
    getMe: () => ({ ...world.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: world.inlineMode }),
    deleteWebhook: () => {
      world.webhook = undefined;
      return true;
    },
    setWebhook: (raw) => {
      const p = setWebhook.parse(raw);
      if (!/^https?:\/\//.test(p.url)) throw new BadRequest('bad webhook: An HTTPS URL must be provided for webhook');
      world.webhook = { url: p.url, ...(p.secret_token ? { secret: p.secret_token } : {}) };
      return true;
    },
    getWebhookInfo: () => ({ url: world.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 }),
    setMyCommands: (raw) => {
      const p = setMyCommands.parse(raw);
      checkCommands(p.commands);
      if (p.language_code !== undefined && !/^([a-z]{2})?$/.test(p.language_code)) throw new BadRequest('invalid language code');
      world.commands.set(`${p.scope?.type ?? 'default'}:${p.language_code ?? ''}`, p.commands);
      return true;
    },
    sendChatAction: (raw) => {
      world.chat(sendChatAction.parse(raw).chat_id);
      return true;
    },
    sendMessage: (raw) => {
      const p = sendMessage.parse(raw);
      const chat = world.chat(p.chat_id);
      const parsed = parseOutgoingText(p.text, p.parse_mode);
      const replyMarkup = p.reply_markup as InlineKeyboardMarkup | undefined;
      checkInlineKeyboard(replyMarkup);
      const replyTo = p.reply_parameters ? world.message(chat.id, p.reply_parameters.message_id) : undefined;
      if (p.reply_parameters && !replyTo && !p.reply_parameters.allow_sending_without_reply) {
        throw new BadRequest('message to be replied not found');
      }
      const message = {
        message_id: world.newMessageId(chat.id),
        date: world.now(),
        chat,
        from: world.bot,
        text: parsed.text,
        ...(parsed.entities.length > 0 ? { entities: parsed.entities } : {}),
        ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
        ...(replyTo ? { reply_to_message: world.shallow(replyTo) } : {}),
      } as Message;
      return world.store(message);
    },
    editMessageText: (raw) => {
      const p = editMessageText.parse(raw);
      return edit(p, p.text, p.parse_mode);
    },
    editMessageReplyMarkup: (raw) => edit(editMessageReplyMarkup.parse(raw), undefined, undefined),
    answerCallbackQuery: (raw) => {
      const p = answerCallbackQuery.parse(raw);
      if (world.callbackQueries.get(p.callback_query_id) !== false) throw new BadRequest(TOO_OLD);
      if (p.text !== undefined && p.text.length > LIMITS.callbackAnswerText) throw new BadRequest('MESSAGE_TOO_LONG');
      world.callbackQueries.set(p.callback_query_id, true);
      return true;
    },
    answerInlineQuery: (raw) => {
      const p = answerInlineQuery.parse(raw);
      const query = world.inlineQueries.get(p.inline_query_id);
      if (!query || query.answered) throw new BadRequest(TOO_OLD);
      if (p.results.length > LIMITS.inlineResults) throw new BadRequest('RESULTS_TOO_MUCH');
      const ids = new Set<string>();
      for (const r of p.results) {
        const bytes = Buffer.byteLength(r.id, 'utf8');
        if (bytes < 1 || bytes > LIMITS.inlineResultId) throw new BadRequest('RESULT_ID_INVALID');
        if (ids.has(r.id)) throw new BadRequest('RESULT_ID_DUPLICATE');
        ids.add(r.id);
        if (r.type === 'article' && !r.title) throw new BadRequest('RESULT_TITLE_EMPTY');
        parseOutgoingText(r.input_message_content.message_text, r.input_message_content.parse_mode);
        checkInlineKeyboard(r.reply_markup as InlineKeyboardMarkup | undefined);
      }
      world.inlineQueries.set(p.inline_query_id, { answered: true, results: p.results });
      return true;
    },
  };
}

function notModified(): BadRequest {
  return new BadRequest(
    'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  );
}
