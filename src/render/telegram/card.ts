import { t } from '../../core/i18n/index.ts';
import { tt } from '../../core/i18n/telegram.ts';
import type { Verdict } from '../../core/knowledge/schema.ts';
import type { Card, Framing, StatementView } from '../model.ts';
import { blockquote, bold, cut, escapeHtml, hostOf, italic, link } from './html.ts';

/** Telegram's limit for a message's text, in UTF-16 code units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

export interface CardHtmlOptions {
  /** Quote every statement ("All sources") rather than the best one plus links to the rest. */
  expanded?: boolean;
}

/** Caps (in characters) on the long free-text parts; tightened step by step until the card fits. */
interface Budget {
  quote: number;
  summary: number;
  quoted: number;
}

const BUDGETS: Budget[] = [
  { quote: Infinity, summary: Infinity, quoted: Infinity },
  { quote: 700, summary: 600, quoted: Infinity },
  { quote: 400, summary: 400, quoted: 4 },
  { quote: 250, summary: 250, quoted: 2 },
  { quote: 160, summary: 160, quoted: 1 },
];

const VERDICT_MARK: Record<Verdict, string> = {
  false: '❌',
  misleading: '⚠️',
  unsupported: '❔',
  'true-with-context': '☑️',
  true: '✅',
};

function mark(card: Card): string {
  if (card.kind === 'suggest') return '🔎';
  if (card.kind === 'none') return 'ℹ️';
  const framing: Framing = card.framing ?? 'repeats';
  if (framing === 'agrees') return '✅';
  if (framing === 'disagrees') return '⚠️';
  return card.verdict ? VERDICT_MARK[card.verdict] : '🔎';
}

function statementHtml(s: StatementView, card: Card, quoteMax: number): string {
  const secondary = s.secondary ? ` (${t(card.locale, 'label.secondary')})` : '';
  return [
    blockquote(cut(s.quote, quoteMax)),
    `— ${escapeHtml(`${s.attribution} · ${s.dateText}${secondary}`)}`,
    `${escapeHtml(t(card.locale, 'label.source'))}: ${link(s.url, hostOf(s.url))}`,
  ].join('\n');
}

function shortLink(s: StatementView): string {
  return link(s.url, `${cut(s.org, 60)} · ${s.dateText}`);
}

function render(card: Card, options: CardHtmlOptions, budget: Budget): string {
  const blocks: string[] = [`${mark(card)} ${bold(card.headline)}\n${escapeHtml(card.explanation)}`];
  if (card.kind === 'match') {
    if (card.summary) blocks.push(escapeHtml(cut(card.summary, budget.summary)));
    const quotedCount = Math.min(options.expanded ? card.statements.length : 1, budget.quoted);
    for (const s of card.statements.slice(0, quotedCount)) blocks.push(statementHtml(s, card, budget.quote));
    const rest = card.statements.slice(quotedCount);
    if (rest.length > 0) blocks.push(`${escapeHtml(tt(card.locale, 'card.sources-more'))} ${rest.map(shortLink).join(' · ')}`);
  }
  if (card.kind === 'suggest') {
    blocks.push(card.candidates.map((c, i) => `${i + 1}. ${escapeHtml(c.claim)} — ${italic(c.verdictLabel)}`).join('\n'));
  }
  if (card.kind === 'none') {
    // The user's text is not repeated: in a group that would re-post the rumour.
    if (card.advice) blocks.push(escapeHtml(card.advice));
  }
  for (const note of card.notes) blocks.push(italic(note));
  return blocks.join('\n\n');
}

/**
 * The verdict card in Telegram HTML. Every user and knowledge-base string is escaped; the HTML
 * source is kept within 4096 characters (so the parsed text is too) by shortening quotes and
 * the summary, then quoting fewer statements: the headline, explanation and links stay.
 */
export function renderCardHtml(card: Card, options: CardHtmlOptions = {}): string {
  for (const budget of BUDGETS) {
    const html = render(card, options, budget);
    if (html.length <= TELEGRAM_TEXT_LIMIT) return html;
  }
  const first = card.statements[0];
  const minimal = [`${mark(card)} ${bold(cut(card.headline, 100))}`, escapeHtml(cut(card.explanation, 500))];
  if (first) minimal.push(`${escapeHtml(t(card.locale, 'label.source'))}: ${link(first.url, hostOf(first.url))}`);
  return minimal.join('\n\n');
}
