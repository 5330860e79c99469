import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.ts';
import type { Entry, Locale } from '../../core/knowledge/schema.ts';
import type { Stance } from '../../core/match/types.ts';

/**
 * What a button press means. Encoded into Telegram's callback_data (1-64 bytes), so it carries
 * entry ids and locales, never indexes into process memory: a button keeps working after a
 * restart or a knowledge-base reload.
 */
export type ButtonAction =
  | { kind: 'sources'; expand: boolean; locale: Locale; stance: Stance; ref: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; ref: string }
  | { kind: 'pick'; locale: Locale; ref: string }
  | { kind: 'submit'; locale: Locale }
  | { kind: 'lang'; locale: Locale };

export const MAX_CALLBACK_BYTES = 64;
/** Longest entry id written as is; longer ids are replaced by a stable hash. */
const MAX_INLINE_ID = 48;
const STANCE_CODE: Record<Stance, string> = { repeats: 'r', contradicts: 'c', unclear: 'u' };
const CODE_STANCE: Record<string, Stance> = { r: 'repeats', c: 'contradicts', u: 'unclear' };
const LOCALE = '(en|es|ja)';
const REF = '([a-z0-9-]{1,48}|#[A-Za-z0-9_-]{16})';

function hashId(id: string): string {
  return `#${createHash('sha256').update(id).digest('base64url').slice(0, 16)}`;
}

/** The short, restart-stable reference to an entry used in buttons and inline result ids. */
export function entryRef(id: string): string {
  return id.length <= MAX_INLINE_ID && /^[a-z0-9-]+$/.test(id) ? id : hashId(id);
}

const hashIndexes = new WeakMap<KnowledgeBase, Map<string, Entry>>();

/** Finds the entry a ref points at in the current knowledge base (undefined if it was removed). */
export function resolveEntryRef(kb: KnowledgeBase, ref: string): Entry | undefined {
  if (!ref.startsWith('#')) return kb.get(ref);
  let index = hashIndexes.get(kb);
  if (!index) {
    index = new Map(kb.entries.map((e) => [hashId(e.id), e]));
    hashIndexes.set(kb, index);
  }
  return index.get(ref);
}

export function encodeAction(action: ButtonAction): string {
  const data = ((): string => {
    switch (action.kind) {
      case 'sources':
        return `s${action.expand ? 1 : 0}:${action.locale}:${STANCE_CODE[action.stance]}:${action.ref}`;
      case 'feedback':
        return `f:${action.vote === 'up' ? 'u' : 'd'}:${action.ref}`;
      case 'pick':
        return `p:${action.locale}:${action.ref}`;
      case 'submit':
        return `c:${action.locale}`;
      case 'lang':
        return `l:${action.locale}`;
    }
  })();
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES) throw new Error(`callback_data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  return data;
}

const PATTERNS: [RegExp, (m: string[]) => ButtonAction][] = [
  [new RegExp(`^s([01]):${LOCALE}:([rcu]):${REF}$`), (m) => ({ kind: 'sources', expand: m[1] === '1', locale: m[2] as Locale, stance: CODE_STANCE[m[3]!]!, ref: m[4]! })],
  [new RegExp(`^f:([ud]):${REF}$`), (m) => ({ kind: 'feedback', vote: m[1] === 'u' ? 'up' : 'down', ref: m[2]! })],
  [new RegExp(`^p:${LOCALE}:${REF}$`), (m) => ({ kind: 'pick', locale: m[1] as Locale, ref: m[2]! })],
  [new RegExp(`^c:${LOCALE}$`), (m) => ({ kind: 'submit', locale: m[1] as Locale })],
  [new RegExp(`^l:${LOCALE}$`), (m) => ({ kind: 'lang', locale: m[1] as Locale })],
];

/** Parses callback_data from Telegram; anything we did not write comes back undefined. */
export function decodeAction(data: string): ButtonAction | undefined {
  for (const [re, build] of PATTERNS) {
    const m = re.exec(data);
    if (m) return build(m);
  }
  return undefined;
}
