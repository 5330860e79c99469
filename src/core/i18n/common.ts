import type { Locale } from '../knowledge/schema.ts';
import { translate, type Dictionary, type Params } from './translate.ts';

/** Strings every platform shows. Platform-only strings live in telegram.ts / discord.ts. */
const en = {
  'verdict.false': 'False',
  'verdict.misleading': 'Misleading',
  'verdict.unsupported': 'Unsupported',
  'verdict.true-with-context': 'True, with context',
  'verdict.true': 'True',
  'label.claim': 'Claim',
  'label.verdict': 'Verdict',
  'label.source': 'Source',
  'label.sources': 'Sources',
  'label.secondary': 'quoted by a secondary source',
  'label.more-statements': 'More official statements',
  'headline.repeats': 'Verdict: {verdict}',
  'headline.agrees': 'Consistent with official statements',
  'headline.disagrees': 'At odds with official statements',
  'headline.unclear': 'Related claim, rated {verdict}',
  'explain.repeats': 'The claim "{claim}" is rated {verdict}.',
  'explain.agrees': 'What you wrote matches what officials said. It answers the rumour "{claim}", which is rated {verdict}.',
  'explain.disagrees': 'Official statements support the claim "{claim}" (rated {verdict}), which your message seems to deny.',
  'explain.unclear': 'Your message seems to be about the claim "{claim}", rated {verdict}.',
  'suggest.headline': 'Not sure which claim you mean',
  'suggest.explain': 'Your message is close to these checked claims. Pick one to see the official statements:',
  'none.headline': 'No official statement matches this',
  'none.explain': 'Our knowledge base has no checked claim that matches your message, so we cannot give a verdict.',
  'none.advice': 'For voting questions, ask your state or local election office. We keep unmatched claims so curators can add an answer.',
  'none.empty': 'Send me the text of a claim to check, for example: "the whole voting infrastructure is compromised".',
  'none.too-short': 'That is too short to check. Please send the whole claim as a sentence.',
  'note.truncated': 'Your message was long, so only its first {max} characters were checked.',
  'error.RATE_LIMITED': 'You are sending claims very quickly. Please wait a minute and try again.',
  'error.INTERNAL': 'Sorry, something went wrong on our side (error {code}). Please try again.',
} as const;

export type CommonKey = keyof typeof en;

const es: Record<CommonKey, string> = {
  'verdict.false': 'Falso',
  'verdict.misleading': 'Engañoso',
  'verdict.unsupported': 'Sin fundamento',
  'verdict.true-with-context': 'Cierto, con contexto',
  'verdict.true': 'Cierto',
  'label.claim': 'Afirmación',
  'label.verdict': 'Veredicto',
  'label.source': 'Fuente',
  'label.sources': 'Fuentes',
  'label.secondary': 'citado por una fuente secundaria',
  'label.more-statements': 'Más declaraciones oficiales',
  'headline.repeats': 'Veredicto: {verdict}',
  'headline.agrees': 'Coincide con las declaraciones oficiales',
  'headline.disagrees': 'Contradice las declaraciones oficiales',
  'headline.unclear': 'Afirmación relacionada, calificada como {verdict}',
  'explain.repeats': 'La afirmación «{claim}» está calificada como {verdict}.',
  'explain.agrees': 'Lo que escribiste coincide con lo que dijeron las autoridades. Responde al rumor «{claim}», calificado como {verdict}.',
  'explain.disagrees': 'Las declaraciones oficiales respaldan la afirmación «{claim}» (calificada como {verdict}), que tu mensaje parece negar.',
  'explain.unclear': 'Tu mensaje parece tratar sobre la afirmación «{claim}», calificada como {verdict}.',
  'suggest.headline': 'No estoy seguro de a qué afirmación te refieres',
  'suggest.explain': 'Tu mensaje se parece a estas afirmaciones verificadas. Elige una para ver las declaraciones oficiales:',
  'none.headline': 'Ninguna declaración oficial coincide con esto',
  'none.explain': 'Nuestra base de conocimiento no tiene ninguna afirmación verificada que coincida con tu mensaje, así que no podemos dar un veredicto.',
  'none.advice': 'Para dudas sobre el voto, consulta a la oficina electoral de tu estado o condado. Guardamos las afirmaciones sin respuesta para que el equipo editorial las añada.',
  'none.empty': 'Envíame el texto de una afirmación para verificarla, por ejemplo: «toda la infraestructura electoral está comprometida».',
  'none.too-short': 'Es demasiado corto para verificarlo. Envía la afirmación completa como una frase.',
  'note.truncated': 'Tu mensaje era largo; solo se verificaron sus primeros {max} caracteres.',
  'error.RATE_LIMITED': 'Estás enviando afirmaciones muy rápido. Espera un minuto y vuelve a intentarlo.',
  'error.INTERNAL': 'Lo sentimos, algo salió mal de nuestro lado (error {code}). Inténtalo de nuevo.',
};

const ja: Record<CommonKey, string> = {
  'verdict.false': '誤り',
  'verdict.misleading': '誤解を招く',
  'verdict.unsupported': '根拠なし',
  'verdict.true-with-context': '正しいが文脈が必要',
  'verdict.true': '正しい',
  'label.claim': '主張',
  'label.verdict': '判定',
  'label.source': '出典',
  'label.sources': '出典一覧',
  'label.secondary': '二次情報源による引用',
  'label.more-statements': 'その他の公式発表',
  'headline.repeats': '判定：{verdict}',
  'headline.agrees': '公式発表と一致しています',
  'headline.disagrees': '公式発表と食い違っています',
  'headline.unclear': '関連する主張（判定：{verdict}）',
  'explain.repeats': '「{claim}」という主張の判定は「{verdict}」です。',
  'explain.agrees': 'あなたの書いた内容は公式発表と一致しています。これは「{claim}」といううわさ（判定：{verdict}）への回答です。',
  'explain.disagrees': '公式発表は「{claim}」という主張（判定：{verdict}）を裏付けており、あなたのメッセージはそれを否定しているようです。',
  'explain.unclear': 'あなたのメッセージは「{claim}」という主張（判定：{verdict}）に関するもののようです。',
  'suggest.headline': 'どの主張のことか確定できません',
  'suggest.explain': 'あなたのメッセージは次の検証済みの主張に近いです。選ぶと公式発表が表示されます：',
  'none.headline': '一致する公式発表はありません',
  'none.explain': 'ナレッジベースには、あなたのメッセージに一致する検証済みの主張がないため、判定できません。',
  'none.advice': '投票に関する質問は、お住まいの州や地域の選挙管理事務所に問い合わせてください。一致しなかった主張は、編集担当が回答を追加できるよう記録しています。',
  'none.empty': '確認したい主張の文章を送ってください。例：「投票インフラ全体が乗っ取られている」',
  'none.too-short': '短すぎて確認できません。主張を文章で送ってください。',
  'note.truncated': 'メッセージが長いため、最初の{max}文字だけを確認しました。',
  'error.RATE_LIMITED': '送信が速すぎます。1分ほど待ってからもう一度お試しください。',
  'error.INTERNAL': '申し訳ありません。こちらでエラーが発生しました（エラー {code}）。もう一度お試しください。',
};

const common: Dictionary<CommonKey> = { en, es, ja };

/** A shared UI string in the given locale. */
export function t(locale: Locale, key: CommonKey, params?: Params): string {
  return translate(common, locale, key, params);
}
