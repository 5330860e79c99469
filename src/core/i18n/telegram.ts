import type { Locale } from '../knowledge/schema.ts';
import { translate, type Dictionary, type Params } from './translate.ts';

/** Strings only the Telegram bot shows (commands, buttons, notices). Shared wording is in common.ts. */
const en = {
  'cmd.start': 'What this bot does',
  'cmd.check': 'Check a claim: /check <claim>, or reply to a message with /check',
  'cmd.help': 'How to use the bot',
  'cmd.lang': 'Choose the language: English, Español, 日本語',
  'start.greeting':
    'Hello! I check election rumours against official statements.\n\nSend me a claim, or forward a message you received, and I will answer with the verdict, the official quote, who said it and when, and a link to the source.',
  'help.private':
    'Send or forward any message with a claim and I will look for official statements about it.\n\nIn groups: write /check followed by the claim, reply to a message with /check, or mention me with the claim.\nIn any chat: type @{bot} and a claim to send a verdict.\n/lang changes my language.',
  'help.group': 'To check a claim here: /check followed by the claim, or reply to a message with /check. I stay quiet otherwise.',
  'check.usage': 'Write the claim after /check, or reply to the message you want checked with /check.',
  'private.no-text': 'I can only check text. Send me the claim as a message, or forward a message that has text or a caption.',
  'lang.prompt': 'Choose my language:',
  'lang.set': 'I will answer in English.',
  'button.sources': '📚 All sources',
  'button.fewer': '📚 Fewer sources',
  'button.share': '↗️ Share',
  'button.submit': '📨 Send to curators',
  'feedback.thanks': 'Thanks for your feedback!',
  'submit.thanks': 'Thanks! The curators will look at this claim.',
  'submit.lost': 'Sorry, I can no longer see the text of that claim. Please send it to me again.',
  'card.sources-more': 'More sources:',
  'card.stale': 'This claim is no longer in the knowledge base. Please check it again.',
  'inline.hint-title': 'Type a claim to check',
} as const;

export type TelegramKey = keyof typeof en;

const es: Record<TelegramKey, string> = {
  'cmd.start': 'Qué hace este bot',
  'cmd.check': 'Verificar una afirmación: /check <afirmación>, o responde a un mensaje con /check',
  'cmd.help': 'Cómo usar el bot',
  'cmd.lang': 'Elegir idioma: English, Español, 日本語',
  'start.greeting':
    '¡Hola! Verifico rumores electorales con declaraciones oficiales.\n\nEnvíame una afirmación, o reenvía un mensaje que recibiste, y te responderé con el veredicto, la cita oficial, quién lo dijo y cuándo, y un enlace a la fuente.',
  'help.private':
    'Envía o reenvía cualquier mensaje con una afirmación y buscaré declaraciones oficiales sobre ella.\n\nEn grupos: escribe /check seguido de la afirmación, responde a un mensaje con /check o menciónme con la afirmación.\nEn cualquier chat: escribe @{bot} y una afirmación para enviar un veredicto.\n/lang cambia mi idioma.',
  'help.group': 'Para verificar aquí: /check seguido de la afirmación, o responde a un mensaje con /check. Si no, no digo nada.',
  'check.usage': 'Escribe la afirmación después de /check, o responde con /check al mensaje que quieres verificar.',
  'private.no-text': 'Solo puedo verificar texto. Envíame la afirmación como mensaje, o reenvía un mensaje con texto o pie de foto.',
  'lang.prompt': 'Elige mi idioma:',
  'lang.set': 'Responderé en español.',
  'button.sources': '📚 Todas las fuentes',
  'button.fewer': '📚 Menos fuentes',
  'button.share': '↗️ Compartir',
  'button.submit': '📨 Enviar al equipo editorial',
  'feedback.thanks': '¡Gracias por tu opinión!',
  'submit.thanks': '¡Gracias! El equipo editorial revisará esta afirmación.',
  'submit.lost': 'Lo siento, ya no puedo ver el texto de esa afirmación. Envíamela de nuevo, por favor.',
  'card.sources-more': 'Más fuentes:',
  'card.stale': 'Esta afirmación ya no está en la base de conocimiento. Verifícala de nuevo.',
  'inline.hint-title': 'Escribe una afirmación para verificar',
};

const ja: Record<TelegramKey, string> = {
  'cmd.start': 'このボットについて',
  'cmd.check': '主張を確認：/check <主張>、またはメッセージに /check で返信',
  'cmd.help': '使い方',
  'cmd.lang': '言語を選ぶ：English、Español、日本語',
  'start.greeting':
    'こんにちは。選挙に関するうわさを公式発表と照らし合わせて確認します。\n\n主張を送るか、受け取ったメッセージを転送してください。判定、公式発表の引用、発言者と日付、出典へのリンクをお返しします。',
  'help.private':
    '主張を含むメッセージを送るか転送すると、それに関する公式発表を探します。\n\nグループでは：/check の後に主張を書くか、メッセージに /check で返信するか、主張と一緒に私をメンションしてください。\nどのチャットでも：@{bot} に続けて主張を入力すると判定を送れます。\n/lang で言語を変更できます。',
  'help.group': 'ここで確認するには：/check の後に主張を書くか、確認したいメッセージに /check で返信してください。それ以外は発言しません。',
  'check.usage': '/check の後に主張を書くか、確認したいメッセージに /check で返信してください。',
  'private.no-text': '確認できるのはテキストだけです。主張をメッセージで送るか、本文やキャプションのあるメッセージを転送してください。',
  'lang.prompt': '言語を選んでください：',
  'lang.set': '日本語でお答えします。',
  'button.sources': '📚 すべての出典',
  'button.fewer': '📚 出典を減らす',
  'button.share': '↗️ 共有',
  'button.submit': '📨 編集担当に送る',
  'feedback.thanks': 'フィードバックありがとうございます。',
  'submit.thanks': 'ありがとうございます。編集担当がこの主張を確認します。',
  'submit.lost': '申し訳ありません。その主張の文章が見つかりません。もう一度送ってください。',
  'card.sources-more': 'その他の出典：',
  'card.stale': 'この主張はナレッジベースにありません。もう一度確認してください。',
  'inline.hint-title': '確認したい主張を入力してください',
};

const telegram: Dictionary<TelegramKey> = { en, es, ja };

/** A Telegram-only UI string in the given locale. */
export function tt(locale: Locale, key: TelegramKey, params?: Params): string {
  return translate(telegram, locale, key, params);
}
