/**
 * Step 1 of the matcher: turn whatever a user pasted into clean, comparable text.
 * Never throws; cost is bounded because input is cut at MAX_CLAIM_CHARS first.
 */

/**
 * Longest input the matcher reads, in UTF-16 code units. Longer text is cut here (at a
 * code-point boundary) and the result says `truncated: true`. A claim is a sentence or a
 * tweet; 2,000 characters holds a long forwarded rant while keeping a check well under 5 ms.
 */
export const MAX_CLAIM_CHARS = 2000;

export interface Normalized {
  /** Lower-cased, NFKC-normalized text with links, handles' '@', emoji and boilerplate removed. */
  text: string;
  truncated: boolean;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+|\b[a-z0-9-]+\.(?:com|org|net|gov|ly|co|io)\/\S*/giu;
// "— Jane Doe (@jdoe) March 3, 2020" at the end of an embedded tweet: the name and handle are
// kept as words (they often name the subject), only the dash, parentheses and date go.
const TWEET_DATE_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/u;
const PREAMBLE_RE =
  /^(?:\s*(?:forwarded(?:\s+(?:from|message))?[^\n:]*:|fwd?:|breaking(?:\s+news)?\s*[:!-]*|urgent\s*[:!-]+|reenviado[^\n:]*:|[【\[]?(?:速報|拡散希望)[】\]]?\s*[:：]?))+/iu;
// Control and format characters (except tab/newline) and emoji / pictographs.
const CONTROL_RE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const EMOJI_RE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u20E3\uFE0F]/gu;

/** Cut at `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** "@JoeBiden" → "Joe Biden", "#StopTheSteal" → "Stop The Steal", "AOC2020" stays one word. */
function splitCamel(word: string): string {
  return word
    .replace(/_/g, ' ')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

export function normalize(raw: unknown): Normalized {
  const input = typeof raw === 'string' ? raw : '';
  const truncated = input.length > MAX_CLAIM_CHARS;
  let text = cut(input, MAX_CLAIM_CHARS).normalize('NFKC');
  text = text.replace(CONTROL_RE, ' ').replace(EMOJI_RE, ' ');
  // The URL pattern is costly on long text; most messages hold no link at all.
  if (text.includes('/') || text.includes('www.')) text = text.replace(URL_RE, ' ');
  text = text.replace(TWEET_DATE_RE, ' ');
  text = text.replace(/[@#]([\p{L}\p{N}_]+)/gu, (_m, word: string) => ` ${splitCamel(word)} `);
  text = text.replace(PREAMBLE_RE, ' ');
  // "U.S." falls apart into one-letter words; spelled with its periods it is never "us".
  text = text.replace(/\bU\.S\.(?:A\.)?/gu, ' United States ').replace(/\bD\.C\./gu, ' Washington DC ');
  text = text.toLowerCase().replace(/\s+/gu, ' ').trim();
  return { text, truncated };
}
