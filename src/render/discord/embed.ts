import type { APIEmbed, APIEmbedField } from 'discord.js';
import { t } from '../../core/i18n/index.ts';
import { dt } from '../../core/i18n/discord.ts';
import type { Verdict } from '../../core/knowledge/schema.ts';
import type { Card, StatementView } from '../model.ts';
import { blockQuote, cut, escapeCut, escapeMarkdown } from './markdown.ts';

/** Discord's embed limits (characters). */
export const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;

const VERDICT_COLOUR: Record<Verdict, number> = {
  false: 0xd83c3e,
  misleading: 0xe67e22,
  unsupported: 0xf1c40f,
  'true-with-context': 0x3498db,
  true: 0x2ecc71,
};
const AGREES_COLOUR = 0x2ecc71;
const NEUTRAL_COLOUR = 0x95a5a6;

const VERDICT_MARK: Record<Verdict, string> = { false: '❌', misleading: '⚠️', unsupported: '❔', 'true-with-context': '☑️', true: '✅' };

/** The user saying the accurate thing never gets the rumour's red "False" colour or mark. */
function colourOf(card: Card): number {
  if (card.kind !== 'match' || !card.verdict) return NEUTRAL_COLOUR;
  if (card.framing === 'agrees') return AGREES_COLOUR;
  if (card.framing === 'disagrees') return VERDICT_COLOUR.misleading;
  return VERDICT_COLOUR[card.verdict];
}

function markOf(card: Card): string {
  if (card.kind === 'suggest') return '🔎';
  if (card.kind === 'none') return 'ℹ️';
  if (card.framing === 'agrees') return '✅';
  if (card.framing === 'disagrees') return '⚠️';
  return card.verdict ? VERDICT_MARK[card.verdict] : '🔎';
}

/** A URL safe inside a markdown link's parentheses. */
export const linkTarget = (url: string): string => url.replace(/\(/g, '%28').replace(/\)/g, '%29');
export const hostOf = (url: string): string => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

interface Budget {
  quote: number;
  summary: number;
  statements: number;
  echo: number;
}
const BUDGETS: Budget[] = [
  { quote: 900, summary: 1500, statements: 10, echo: 1500 },
  { quote: 500, summary: 800, statements: 6, echo: 800 },
  { quote: 250, summary: 400, statements: 3, echo: 400 },
  { quote: 120, summary: 200, statements: 1, echo: 150 },
];

function statementField(s: StatementView, card: Card, budget: Budget): APIEmbedField {
  const secondary = s.secondary ? ` (${t(card.locale, 'label.secondary')})` : '';
  const link = `[${escapeMarkdown(hostOf(s.url))}](${linkTarget(s.url)})`;
  const room = EMBED_LIMITS.fieldValue - link.length - 1;
  return {
    name: escapeCut(`${s.attribution} · ${s.dateText}${secondary}`, EMBED_LIMITS.fieldName),
    value: `${blockQuote(s.quote, Math.min(budget.quote, room))}\n${link}`,
  };
}

export interface EmbedOptions {
  /** The user's text, kept verbatim in the footer (not markdown-rendered) of none/suggest cards. */
  echo?: string;
}

/** Footer line that precedes the echoed claim; the adapter reads the claim back after it. */
export function echoFooter(card: Card, echo: string, max: number): string {
  const prefix = `${dt(card.locale, 'card.you-asked')}\n`;
  return prefix + cut(echo.trim(), Math.min(max, EMBED_LIMITS.footer - prefix.length));
}

function build(card: Card, options: EmbedOptions, budget: Budget): APIEmbed {
  const parts: string[] = [escapeMarkdown(card.explanation)];
  if (card.kind === 'match' && card.summary) parts.push(escapeCut(card.summary, budget.summary));
  if (card.kind === 'suggest') {
    parts.push(card.candidates.map((c, i) => `${i + 1}. ${escapeCut(c.claim, 300)} — *${escapeMarkdown(c.verdictLabel)}*`).join('\n'));
  }
  if (card.advice) parts.push(escapeMarkdown(card.advice));
  for (const note of card.notes) parts.push(`*${escapeMarkdown(note)}*`);
  const statements = card.kind === 'match' ? card.statements : [];
  const shown = statements.slice(0, budget.statements);
  const fields = shown.map((s) => statementField(s, card, budget));
  const rest = statements.slice(shown.length);
  if (rest.length > 0) {
    const links = rest.map((s) => `[${escapeMarkdown(`${s.org} · ${s.dateText}`)}](${linkTarget(s.url)})`);
    const value = links.reduce((acc, l) => (acc.length + l.length + 3 <= EMBED_LIMITS.fieldValue ? (acc ? `${acc} · ${l}` : l) : acc), '');
    if (value) fields.push({ name: dt(card.locale, 'card.more-sources'), value });
  }
  const embed: APIEmbed = {
    title: cut(`${markOf(card)} ${card.headline}`, EMBED_LIMITS.title),
    description: cut(parts.join('\n\n'), EMBED_LIMITS.description),
    color: colourOf(card),
    fields: fields.slice(0, EMBED_LIMITS.fields),
  };
  if (options.echo?.trim() && card.kind !== 'match') embed.footer = { text: echoFooter(card, options.echo, budget.echo) };
  return embed;
}

/** Characters Discord counts towards the 6000 per-message embed total. */
export function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** The card as one embed, tightened step by step until it fits Discord's limits. */
export function cardEmbed(card: Card, options: EmbedOptions = {}): APIEmbed {
  let embed = build(card, options, BUDGETS[0] as Budget);
  for (const budget of BUDGETS.slice(1)) {
    if (embedSize(embed) <= EMBED_LIMITS.total) break;
    embed = build(card, options, budget);
  }
  return embed;
}
