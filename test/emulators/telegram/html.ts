import type { MessageEntity } from 'grammy/types';
import { BadRequest } from './errors.ts';

/**
 * Telegram's HTML parse mode, as the Bot API applies it to `parse_mode: "HTML"`: the supported
 * tags become entities, the four named entities and numeric ones are decoded, everything else
 * is an error with Telegram's wording ("can't parse entities: ...").
 *
 * Stricter than Telegram in one place on purpose: a bare `&` that does not start an entity is
 * rejected (Telegram's docs require escaping it; the server happens to tolerate it), so a
 * renderer that forgets to escape fails here rather than in production on the next `<`.
 */
export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const SIMPLE_TAGS: Record<string, MessageEntity['type']> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  pre: 'pre',
  'tg-spoiler': 'spoiler',
  blockquote: 'blockquote',
};
const OTHER_TAGS = new Set(['a', 'span', 'tg-emoji']);

interface OpenTag {
  name: string;
  attrs: Map<string, string>;
  start: number;
}

function fail(reason: string): never {
  throw new BadRequest(`can't parse entities: ${reason}`);
}

export function parseTelegramHtml(html: string): ParsedText {
  let out = '';
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  const byteAt = (i: number): number => Buffer.byteLength(html.slice(0, i), 'utf8');
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '&') {
      const m = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/i.exec(html.slice(i, i + 12));
      const decoded = m ? decodeEntity(m) : undefined;
      if (decoded === undefined) fail(`Unescaped "&" or unsupported HTML entity at byte offset ${byteAt(i)}`);
      out += decoded;
      i += m![0].length;
      continue;
    }
    if (ch !== '<') {
      out += ch;
      i += 1;
      continue;
    }
    const close = html.indexOf('>', i);
    if (close < 0) fail(`Unclosed start tag at byte offset ${byteAt(i)}`);
    const inner = html.slice(i + 1, close);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const top = stack.pop();
      if (!top) fail(`Unexpected end tag at byte offset ${byteAt(i)}`);
      if (top.name !== name) {
        fail(`Unmatched end tag at byte offset ${byteAt(i)}, expected "</${top.name}>", found "</${name}>"`);
      }
      const entity = toEntity(top, out.length - top.start);
      if (entity) entities.push(entity);
    } else {
      const tag = parseStartTag(inner, byteAt(i));
      stack.push({ ...tag, start: out.length });
    }
    i = close + 1;
  }
  const open = stack.pop();
  if (open) fail(`Can't find end tag corresponding to start tag "${open.name}"`);
  return trim({ text: out, entities: entities.sort((a, b) => a.offset - b.offset) });
}

function decodeEntity(m: RegExpExecArray): string | undefined {
  const [, dec, hex, name] = m;
  const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  return name !== undefined ? NAMED[name] : undefined;
}

function parseStartTag(inner: string, byteOffset: number): { name: string; attrs: Map<string, string> } {
  const nameMatch = /^[a-z][a-z0-9-]*/i.exec(inner);
  const name = nameMatch ? nameMatch[0].toLowerCase() : '';
  if (!(name in SIMPLE_TAGS) && !OTHER_TAGS.has(name)) {
    fail(`Unsupported start tag "${name}" at byte offset ${byteOffset}`);
  }
  const attrs = new Map<string, string>();
  const attrRe = /\s+([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/giy;
  let rest = inner.slice(name.length);
  attrRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = attrRe.exec(rest)) !== null) {
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    attrs.set(m[1]!.toLowerCase(), parseTelegramHtmlAttr(raw, byteOffset));
    consumed = attrRe.lastIndex;
  }
  rest = rest.slice(consumed).trim();
  if (rest !== '' && rest !== '/') fail(`Expected equal sign in declaration of an attribute at byte offset ${byteOffset}`);
  if (name === 'span' && attrs.get('class') !== 'tg-spoiler') {
    fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset}`);
  }
  return { name, attrs };
}

function parseTelegramHtmlAttr(raw: string, byteOffset: number): string {
  if (raw.includes('<')) fail(`Unexpected "<" in attribute value at byte offset ${byteOffset}`);
  return parseTelegramHtml(raw).text;
}

function toEntity(tag: OpenTag, length: number): MessageEntity | undefined {
  if (length <= 0) return undefined;
  const base = { offset: tag.start, length };
  if (tag.name === 'a') {
    const url = tag.attrs.get('href');
    return url ? { ...base, type: 'text_link', url } : undefined;
  }
  if (tag.name === 'span') return { ...base, type: 'spoiler' };
  if (tag.name === 'tg-emoji') return undefined;
  const type = SIMPLE_TAGS[tag.name]!;
  if (tag.name === 'blockquote' && tag.attrs.has('expandable')) return { ...base, type: 'expandable_blockquote' };
  return { ...base, type } as MessageEntity;
}

/** Telegram strips leading and trailing whitespace from a message; entities shift with it. */
function trim(parsed: ParsedText): ParsedText {
  const lead = parsed.text.length - parsed.text.trimStart().length;
  const text = parsed.text.trim();
  const entities = parsed.entities
    .map((e) => {
      const start = Math.max(0, e.offset - lead);
      const end = Math.min(text.length, e.offset + e.length - lead);
      return { ...e, offset: start, length: end - start };
    })
    .filter((e) => e.length > 0);
  return { text, entities };
}
