import type { Locale } from '../knowledge/schema.ts';

export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;
export type Params = Record<string, string | number>;

/** Looks a key up in the locale (English as fallback) and fills `{name}` placeholders. */
export function translate<K extends string>(dict: Dictionary<K>, locale: Locale, key: K, params: Params = {}): string {
  const template = dict[locale][key] ?? dict.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks a supported locale from a platform locale tag such as "es-ES", "ja" or "en-US". */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' || base === 'ja' ? base : undefined;
}
