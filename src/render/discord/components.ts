import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIComponentInMessageActionRow } from 'discord.js';
import { dt } from '../../core/i18n/discord.ts';
import type { Card } from '../model.ts';
import { encodeCustomId, type ComponentAction } from './custom-id.ts';
import { cut } from './markdown.ts';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

const ROW_MAX = 5;
const LINK_ROWS_MAX = 2;

function actionButton(action: ComponentAction, label: string, style: ButtonStyle, emoji?: string): APIButtonComponent | undefined {
  const customId = encodeCustomId(action);
  if (!customId) return undefined;
  return { type: ComponentType.Button, style, custom_id: customId, label: cut(label, 80), ...(emoji ? { emoji: { name: emoji } } : {}) } as APIButtonComponent;
}

function rowsOf(buttons: (APIButtonComponent | undefined)[]): ActionRow[] {
  const present = buttons.filter((b): b is APIButtonComponent => b !== undefined);
  const rows: ActionRow[] = [];
  for (let i = 0; i < present.length; i += ROW_MAX) rows.push({ type: ComponentType.ActionRow, components: present.slice(i, i + ROW_MAX) });
  return rows;
}

/** One link button per distinct source, in the card's order (primary sources first). */
function sourceLinks(card: Card): ActionRow[] {
  const seen = new Set<string>();
  const links: APIButtonComponent[] = [];
  for (const s of card.statements) {
    if (seen.has(s.url) || s.url.length > 512) continue;
    seen.add(s.url);
    links.push({ type: ComponentType.Button, style: ButtonStyle.Link, url: s.url, label: cut(`${s.org} · ${s.dateText}`, 80) });
  }
  return rowsOf(links.slice(0, ROW_MAX * LINK_ROWS_MAX));
}

export interface ComponentOptions {
  /** Offer "Share to channel" (ephemeral answers only: a public card is already shared). */
  shareable: boolean;
  /** Offer "Send to curators" (only when the card carries the user's text to send). */
  submittable: boolean;
}

/** Buttons and menus under a card; always within 5 rows of 5 buttons and 100-char custom_ids. */
export function cardComponents(card: Card, options: ComponentOptions): ActionRow[] {
  const locale = card.locale;
  if (card.kind === 'match' && card.entryId) {
    const entryId = card.entryId;
    const actions = rowsOf([
      options.shareable ? actionButton({ action: 'share', entryId, locale }, dt(locale, 'button.share'), ButtonStyle.Primary, '📣') : undefined,
      actionButton({ action: 'feedback', vote: 'up', entryId }, dt(locale, 'button.helpful'), ButtonStyle.Secondary, '👍'),
      actionButton({ action: 'feedback', vote: 'down', entryId }, dt(locale, 'button.not-helpful'), ButtonStyle.Secondary, '👎'),
    ]);
    return [...actions, ...sourceLinks(card)].slice(0, 5);
  }
  if (card.kind === 'suggest' && card.candidates.length > 0) {
    const select: ActionRow = {
      type: ComponentType.ActionRow,
      components: [{
        type: ComponentType.StringSelect,
        custom_id: encodeCustomId({ action: 'pick', locale }) ?? 'pick:en',
        placeholder: cut(dt(locale, 'select.placeholder'), 150),
        options: card.candidates.slice(0, 3).map((c) => ({ label: cut(c.claim, 100), value: c.id, description: cut(c.verdictLabel, 100) })),
      }],
    };
    if (!options.submittable) return [select];
    return [select, ...rowsOf([actionButton({ action: 'submit', locale }, dt(locale, 'button.none-of-these'), ButtonStyle.Secondary, '📨')])];
  }
  if (card.kind === 'none' && options.submittable) {
    return rowsOf([actionButton({ action: 'submit', locale }, dt(locale, 'button.submit'), ButtonStyle.Secondary, '📨')]);
  }
  return [];
}
