import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import type { Entry, Locale } from '../../core/knowledge/schema.ts';
import { cut } from '../../render/discord/index.ts';
import { userLocale, type DiscordContext } from './context.ts';

/** Discord's caps on autocomplete results. */
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;

const fold = (s: string): string => s.normalize('NFKC').toLocaleLowerCase();
const wordsOf = (s: string): string[] => fold(s).split(/[\s\p{P}]+/u).filter((w) => w.length >= 2);

/**
 * How well an entry's wording covers what was typed: the whole text inside the claim counts
 * most, then each typed word found in the claim, then in a phrasing (user's locale or English).
 */
function coverage(entry: Entry, typed: string, words: string[], locale: Locale): number {
  const claim = fold(entry.claim);
  const phrasings = [...(entry.phrasings[locale] ?? []), ...entry.phrasings.en].map(fold);
  let score = claim.includes(typed) ? 3 : phrasings.some((p) => p.includes(typed)) ? 1.5 : 0;
  for (const word of words) {
    if (claim.includes(word)) score += 2;
    else if (phrasings.some((p) => p.includes(word))) score += 1;
  }
  return score;
}

/**
 * Knowledge-base claims for what the user has typed so far. Plain text matching over the KB,
 * not a check: keystrokes are not claims, so they never reach the matcher, metrics or the store.
 * Choosing one fills in the claim itself.
 */
export function claimChoices(served: readonly Entry[], typedRaw: string, locale: Locale): ApplicationCommandOptionChoiceData<string>[] {
  const typed = fold(typedRaw.trim());
  const words = wordsOf(typed);
  const ranked =
    typed.length === 0
      ? [...served]
      : served
          .map((entry, i) => ({ entry, i, score: coverage(entry, typed, words, locale) }))
          .filter((m) => m.score > 0)
          .sort((a, b) => b.score - a.score || a.i - b.i)
          .map((m) => m.entry);
  return ranked.slice(0, MAX_CHOICES).map((entry) => {
    const text = cut(entry.claim.replace(/\s+/g, ' '), MAX_CHOICE_TEXT);
    return { name: text, value: text };
  });
}

export async function onAutocomplete(ctx: DiscordContext, interaction: AutocompleteInteraction): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? '');
  await interaction.respond(claimChoices(ctx.deps.checker.kb().served, typed, userLocale(interaction)));
}
