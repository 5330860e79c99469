/**
 * Stop words per language: words that carry no topic. Negations ("not", "no", "ない") are
 * deliberately absent from these lists' use in stance detection (see stance.ts), but they are
 * stop words for retrieval: "ballots are not fraudulent" must find the same entry.
 */
export const EN_STOP: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are aren as at be because been before being below ' +
    'between both but by can cannot could did didn do does doesn doing don down during each few for from further ' +
    'had has hasn have haven having he her here hers herself him himself his how i if in into is isn it its itself ' +
    'just let me more most my myself no nor not of off on once only or other our ours ourselves out over own same ' +
    'she should so some such than that the their theirs them themselves then there these they this those through ' +
    'to too under until up very was wasn we were weren what when where which while who whom why will with won ' +
    'would wouldn you your yours yourself yourselves s t ll re ve d m also via rt amp just now get got ' +
    'says said say like one even still really yes ok okay lol omg hey guys people'
  ).split(' '),
);

export const ES_STOP: ReadonlySet<string> = new Set(
  (
    'a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ' +
    'ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estado estamos estan estar estas ' +
    'este esto estos fue fueron ha hay han haber hasta la las le les lo los mas me mi mis mucho muy nada ni no nos ' +
    'nosotros o os otra otro para pero poco por porque que quien se sea ser si sido sin sobre su sus también te ' +
    'tiene tienen todo todos tu tus un una uno unos y ya yo él está están más qué cómo sí así solo sólo dice dicen'
  ).split(' '),
);

/** Japanese particles, copulas and auxiliaries as Intl.Segmenter returns them. */
export const JA_STOP: ReadonlySet<string> = new Set(
  (
    'の は が を に で と も へ や から まで より か な ね よ だ です ます た て し い る こと これ それ あれ この その ' +
    'あの ある いる する なる という って だっ でし まし れ られ ん よう さ ため もの とか では じゃ ない ません なかっ なく ず'
  ).split(' '),
);

export function stopWordsFor(lang: string): ReadonlySet<string> {
  if (lang === 'es') return ES_STOP;
  if (lang === 'ja') return JA_STOP;
  return EN_STOP;
}
