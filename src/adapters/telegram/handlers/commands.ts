import { Composer, type Api, type Context } from 'grammy';
import { tt, type TelegramKey } from '../../../core/i18n/telegram.ts';
import { localeFromTag } from '../../../core/i18n/index.ts';
import { LOCALES, type Locale } from '../../../core/knowledge/schema.ts';
import { encodeAction } from '../../../render/telegram/index.ts';
import type { TelegramRuntime } from '../runtime.ts';
import { answerClaim } from '../answer.ts';
import { claimIn } from '../claim-text.ts';

const COMMANDS = ['start', 'check', 'help', 'lang'] as const;
/** Groups get a shorter menu: the bot is there to check, not to chat. */
const GROUP_COMMANDS = ['check', 'help'] as const;
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', ja: '日本語' };

/** Registers the command menus in every UI language (English is also the default for others). */
export async function registerCommands(api: Api): Promise<void> {
  for (const locale of LOCALES) {
    const menu = (names: readonly string[]) => names.map((command) => ({ command, description: tt(locale, `cmd.${command}` as TelegramKey) }));
    // English doubles as the default menu for every language we do not speak.
    const language = locale === 'en' ? {} : { language_code: locale };
    await api.setMyCommands(menu(COMMANDS), language);
    await api.setMyCommands(menu(GROUP_COMMANDS), { ...language, scope: { type: 'all_group_chats' } });
  }
}

function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

/** /start, /help, /lang and /check, in private chats and groups (grammY handles /cmd@botname). */
export function commandHandlers(rt: TelegramRuntime): Composer<Context> {
  const commands = new Composer<Context>();
  const reply = (ctx: Context, text: string) =>
    ctx.reply(text, { reply_parameters: { message_id: ctx.msg!.message_id, allow_sending_without_reply: true } });

  commands.command('start', async (ctx) => {
    const locale = rt.prefs.localeOf(ctx.from);
    const key = isGroup(ctx) ? 'help.group' : 'start.greeting';
    await reply(ctx, tt(locale, key, { bot: rt.username() }));
  });

  commands.command('help', async (ctx) => {
    const locale = rt.prefs.localeOf(ctx.from);
    await reply(ctx, tt(locale, isGroup(ctx) ? 'help.group' : 'help.private', { bot: rt.username() }));
  });

  commands.command('lang', async (ctx) => {
    const asked = localeFromTag(ctx.match.trim());
    if (asked && ctx.from) {
      rt.prefs.set(ctx.from.id, asked);
      await reply(ctx, tt(asked, 'lang.set'));
      return;
    }
    const locale = rt.prefs.localeOf(ctx.from);
    await ctx.reply(tt(locale, 'lang.prompt'), {
      reply_markup: { inline_keyboard: [LOCALES.map((l) => ({ text: LANGUAGE_NAMES[l], callback_data: encodeAction({ kind: 'lang', locale: l }) }))] },
    });
  });

  commands.command('check', async (ctx) => {
    const message = ctx.msg;
    const claim = claimIn(message, rt.username());
    if (claim) return answerClaim(rt, ctx, claim, message.message_id);
    // "/check" as a reply: check the message replied to, and answer under it.
    const target = message.reply_to_message;
    const targetText = claimIn(target, rt.username());
    if (target && targetText) return answerClaim(rt, ctx, targetText, target.message_id);
    await reply(ctx, tt(rt.prefs.localeOf(ctx.from), 'check.usage'));
  });

  return commands;
}
