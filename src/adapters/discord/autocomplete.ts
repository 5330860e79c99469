import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import type { Checker } from '../../core/checker.ts';
import type { Entry, Locale } from '../../core/knowledge/schema.ts';
import { cut } from '../../render/discord/index.ts';
import { userLocale, type DiscordContext } from './context.ts';

/** Discord's caps on autocomplete results. */
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;
const MIN_QUERY = 3;

const fold = (s: string): string => s.normalize('NFKC').toLocaleLowerCase();

/** 2 when the claim itself contains the typed text, 1 when one of its phrasings does, else 0. */
function mentions(entry: Entry, query: string, locale: Locale): number {
  if (fold(entry.claim).includes(query)) return 2;
  const phrasings = [...(entry.phrasings[locale] ?? []), ...entry.phrasings.en];
  return phrasings.some((text) => fold(text).includes(query)) ? 1 : 0;
}

/**
 * Knowledge-base claims for what the user has typed so far: the matcher's best entries first,
 * then claims whose wording contains the text. Choosing one fills in the claim itself.
 */
export function claimChoices(checker: Checker, typed: string, locale: Locale): ApplicationCommandOptionChoiceData<string>[] {
  const served = checker.kb().served;
  const query = fold(typed.trim());
  let picked: Entry[];
  if (query.length < MIN_QUERY) {
    picked = [...served];
  } else {
    const result = checker.check(typed, { locale });
    const ranked = result.outcome === 'match' ? [result.entry] : result.outcome === 'suggest' ? result.candidates.map((c) => c.entry) : [];
    const textual = served
      .map((entry) => ({ entry, score: mentions(entry, query, locale) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((m) => m.entry);
    picked = [...ranked, ...textual];
  }
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const entry of picked) {
    if (seen.has(entry.id) || choices.length >= MAX_CHOICES) continue;
    seen.add(entry.id);
    const text = cut(entry.claim.replace(/\s+/g, ' '), MAX_CHOICE_TEXT);
    choices.push({ name: text, value: text });
  }
  return choices;
}

export async function onAutocomplete(ctx: DiscordContext, interaction: AutocompleteInteraction): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? '');
  await interaction.respond(claimChoices(ctx.deps.checker, typed, userLocale(interaction)));
}
