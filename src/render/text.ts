import type { Card, StatementView } from './model.ts';
import { t } from '../core/i18n/index.ts';
import type { Locale } from '../core/knowledge/schema.ts';

/** Terminal control characters (ANSI escapes, bell, ...) never reach the user's terminal. */
function clean(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function statementLines(s: StatementView, locale: Locale): string[] {
  const by = `— ${s.attribution} · ${s.dateText}${s.secondary ? ` (${t(locale, 'label.secondary')})` : ''}`;
  return [`“${s.quote}”`, by, `${t(locale, 'label.source')}: ${s.url}`];
}

/** How many statements the console quotes in full; the rest are listed with their links. */
const QUOTED = 2;

/** Plain text for the console chat and `claimcheck check`. */
export function renderText(card: Card): string {
  const lines: string[] = [card.headline, card.explanation];
  if (card.kind === 'match') {
    if (card.summary) lines.push('', card.summary);
    for (const s of card.statements.slice(0, QUOTED)) lines.push('', ...statementLines(s, card.locale));
    const rest = card.statements.slice(QUOTED);
    if (rest.length > 0) {
      lines.push('', `${t(card.locale, 'label.more-statements')}:`);
      for (const s of rest) lines.push(`- ${s.attribution} · ${s.dateText}: ${s.url}`);
    }
  }
  if (card.kind === 'suggest') {
    card.candidates.forEach((c, i) => lines.push(`  ${i + 1}. ${c.claim} (${c.verdictLabel})`));
  }
  if (card.advice) lines.push('', card.advice);
  if (card.notes.length > 0) lines.push('', ...card.notes);
  return clean(lines.join('\n'));
}
