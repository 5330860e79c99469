import { localeFromTag } from '../../core/i18n/index.ts';
import type { Locale } from '../../core/knowledge/schema.ts';

/**
 * Languages users picked with /lang, in memory (a restart falls back to the Telegram client's
 * language). Bounded so a flood of new users cannot grow it without limit.
 */
export class LocalePrefs {
  private readonly chosen = new Map<number, Locale>();

  constructor(private readonly maxUsers = 100_000) {}

  /** The language the user picked explicitly, if any. */
  chosenBy(userId: number | undefined): Locale | undefined {
    return userId === undefined ? undefined : this.chosen.get(userId);
  }

  set(userId: number, locale: Locale): void {
    this.chosen.delete(userId);
    if (this.chosen.size >= this.maxUsers) {
      const oldest = this.chosen.keys().next().value;
      if (oldest !== undefined) this.chosen.delete(oldest);
    }
    this.chosen.set(userId, locale);
  }

  /** The picked language, else the client's language if we speak it, else English. */
  localeOf(user: { id: number; language_code?: string } | undefined): Locale {
    return this.chosenBy(user?.id) ?? localeFromTag(user?.language_code) ?? 'en';
  }
}
