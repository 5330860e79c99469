import type { Logger } from 'pino';
import type { AdapterDeps } from '../deps.ts';
import type { FloodNotices } from './flood-notices.ts';
import type { LocalePrefs } from './locale-prefs.ts';

/** What every Telegram handler shares: the core's ports plus per-bot memory. */
export interface TelegramRuntime {
  deps: AdapterDeps;
  log: Logger;
  prefs: LocalePrefs;
  flood: FloodNotices;
  /** The bot's @username (known after getMe), for mentions and help texts. */
  username(): string;
  /** Whether inline mode is enabled in BotFather (/setinline): the Share button needs it. */
  canShare(): boolean;
}

/** Update types the bot asks Telegram for; everything else is never delivered. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'chosen_inline_result'] as const;
