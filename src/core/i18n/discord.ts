import type { Locale } from '../knowledge/schema.ts';
import { translate, type Dictionary, type Params } from './translate.ts';

/** Strings only the Discord bot shows (commands, buttons, notices). Shared wording is in common.ts. */
const en = {
  'command.name': 'factcheck',
  'command.description': 'Check a claim against official election statements',
  'option.claim.name': 'claim',
  'option.claim.description': 'The claim or rumour to check, as you saw it',
  'option.public.name': 'public',
  'option.public.description': 'Post the answer in this channel for everyone (default: only you see it)',
  'context.name': 'Fact-check this message',
  'button.share': 'Share to channel',
  'button.helpful': 'Helpful',
  'button.not-helpful': 'Not helpful',
  'button.submit': 'Send to curators',
  'button.none-of-these': 'None of these: send to curators',
  'select.placeholder': 'Choose the claim you mean',
  'card.you-asked': 'You asked:',
  'card.more-sources': 'More sources',
  'card.shared-by': 'Shared by {user}',
  'share.done': 'Shared in this channel.',
  'share.denied': 'Only members with the Manage Messages permission can share verdicts in this server.',
  'share.denied-role': 'Only members with the Manage Messages permission or the "{role}" role can share verdicts in this server.',
  'share.bot-missing': 'I cannot post in this channel: I am missing the {permissions} permission. Ask a moderator to grant it, then try again.',
  'share.no-channel': 'I can only share verdicts in a server text channel.',
  'entry.gone': 'This claim is no longer in the knowledge base. Please check it again.',
  'feedback.thanks': 'Thanks for your feedback!',
  'submit.thanks': 'Thanks! The curators will look at this claim.',
  'submit.lost': 'Sorry, I can no longer read the claim from this message. Please check it again with /factcheck.',
  'context.no-text': 'That message has no text I can check (only attachments or embeds).',
  'perm.SendMessages': 'Send Messages',
  'perm.EmbedLinks': 'Embed Links',
  'perm.ViewChannel': 'View Channel',
} as const;

export type DiscordKey = keyof typeof en;

const es: Record<DiscordKey, string> = {
  'command.name': 'verificar',
  'command.description': 'Verifica una afirmación con declaraciones oficiales sobre elecciones',
  'option.claim.name': 'afirmación',
  'option.claim.description': 'La afirmación o el rumor que quieres verificar, tal como lo viste',
  'option.public.name': 'público',
  'option.public.description': 'Publicar la respuesta en este canal para todos (por defecto solo la ves tú)',
  'context.name': 'Verificar este mensaje',
  'button.share': 'Compartir en el canal',
  'button.helpful': 'Útil',
  'button.not-helpful': 'No es útil',
  'button.submit': 'Enviar al equipo editorial',
  'button.none-of-these': 'Ninguna: enviar al equipo editorial',
  'select.placeholder': 'Elige la afirmación a la que te refieres',
  'card.you-asked': 'Preguntaste:',
  'card.more-sources': 'Más fuentes',
  'card.shared-by': 'Compartido por {user}',
  'share.done': 'Compartido en este canal.',
  'share.denied': 'Solo los miembros con el permiso Gestionar mensajes pueden compartir veredictos en este servidor.',
  'share.denied-role': 'Solo los miembros con el permiso Gestionar mensajes o el rol «{role}» pueden compartir veredictos en este servidor.',
  'share.bot-missing': 'No puedo publicar en este canal: me falta el permiso {permissions}. Pide a un moderador que me lo conceda y vuelve a intentarlo.',
  'share.no-channel': 'Solo puedo compartir veredictos en un canal de texto de un servidor.',
  'entry.gone': 'Esta afirmación ya no está en la base de conocimiento. Vuelve a verificarla.',
  'feedback.thanks': '¡Gracias por tu opinión!',
  'submit.thanks': '¡Gracias! El equipo editorial revisará esta afirmación.',
  'submit.lost': 'Lo siento, ya no puedo leer la afirmación de este mensaje. Vuelve a verificarla con /factcheck.',
  'context.no-text': 'Ese mensaje no tiene texto que pueda verificar (solo archivos o contenido incrustado).',
  'perm.SendMessages': 'Enviar mensajes',
  'perm.EmbedLinks': 'Insertar enlaces',
  'perm.ViewChannel': 'Ver canal',
};

const ja: Record<DiscordKey, string> = {
  'command.name': 'ファクトチェック',
  'command.description': '選挙に関する主張を公式発表と照らし合わせて確認します',
  'option.claim.name': '主張',
  'option.claim.description': '確認したい主張やうわさ（見たとおりに）',
  'option.public.name': '公開',
  'option.public.description': 'このチャンネルの全員に回答を表示する（既定では自分だけに表示）',
  'context.name': 'このメッセージをファクトチェック',
  'button.share': 'チャンネルで共有',
  'button.helpful': '役に立った',
  'button.not-helpful': '役に立たなかった',
  'button.submit': '編集担当に送る',
  'button.none-of-these': 'どれでもない：編集担当に送る',
  'select.placeholder': '該当する主張を選んでください',
  'card.you-asked': 'あなたの質問：',
  'card.more-sources': 'その他の出典',
  'card.shared-by': '{user} さんが共有',
  'share.done': 'このチャンネルで共有しました。',
  'share.denied': 'このサーバーで判定を共有できるのは「メッセージの管理」権限を持つメンバーだけです。',
  'share.denied-role': 'このサーバーで判定を共有できるのは「メッセージの管理」権限または「{role}」ロールを持つメンバーだけです。',
  'share.bot-missing': 'このチャンネルに投稿できません：「{permissions}」権限がありません。モデレーターに付与を依頼してから、もう一度お試しください。',
  'share.no-channel': '判定を共有できるのはサーバーのテキストチャンネルだけです。',
  'entry.gone': 'この主張はナレッジベースにもうありません。もう一度確認してください。',
  'feedback.thanks': 'フィードバックありがとうございます！',
  'submit.thanks': 'ありがとうございます！編集担当がこの主張を確認します。',
  'submit.lost': '申し訳ありません。このメッセージから主張を読み取れなくなりました。/factcheck でもう一度確認してください。',
  'context.no-text': 'このメッセージには確認できる文章がありません（添付ファイルや埋め込みのみです）。',
  'perm.SendMessages': 'メッセージを送信',
  'perm.EmbedLinks': '埋め込みリンク',
  'perm.ViewChannel': 'チャンネルを見る',
};

const discord: Dictionary<DiscordKey> = { en, es, ja };

/** A Discord-only UI string in the given locale. */
export function dt(locale: Locale, key: DiscordKey, params?: Params): string {
  return translate(discord, locale, key, params);
}
