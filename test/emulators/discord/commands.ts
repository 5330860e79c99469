import { toErrorTree, type Violation } from './limits.ts';
import { ApiError } from './messages.ts';
import { snowflake, type Json } from './model.ts';

/** Locales Discord accepts as keys of name_localizations / description_localizations. */
const DISCORD_LOCALES = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);
/** Chat-input command and option names (Discord's documented pattern, lower case only). */
const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkName(out: Violation[], path: Violation['path'], name: unknown, chatInput: boolean): void {
  const s = typeof name === 'string' ? name : '';
  const ok = chatInput ? CHAT_NAME.test(s) && s === s.toLowerCase() : [...s].length >= 1 && [...s].length <= 32;
  if (!ok) out.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid: ${s}` });
}

function checkLocalized(out: Violation[], path: Violation['path'], map: unknown, check: (p: Violation['path'], v: unknown) => void): void {
  if (map === undefined || map === null) return;
  if (!isObj(map)) return void out.push({ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used' });
  for (const [locale, value] of Object.entries(map)) {
    if (!DISCORD_LOCALES.has(locale)) out.push({ path: [...path, locale], code: 'ENUM_TYPE_COERCE', message: `Value "${locale}" is not a valid enum value.` });
    check([...path, locale], value);
  }
}

function checkDescription(out: Violation[], path: Violation['path'], d: unknown, required: boolean): void {
  const n = typeof d === 'string' ? [...d].length : 0;
  if ((required && n < 1) || n > 100) out.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
}

/** Validates a bulk-overwrite body the way Discord does for the fields this project uses. */
export function checkCommands(body: unknown): Violation[] {
  const out: Violation[] = [];
  if (!Array.isArray(body)) return [{ path: [], code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }];
  const seen = new Set<string>();
  body.forEach((cmd, i) => {
    if (!isObj(cmd)) return;
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    const chatInput = type === 1;
    checkName(out, [i, 'name'], cmd.name, chatInput);
    checkLocalized(out, [i, 'name_localizations'], cmd.name_localizations, (p, v) => checkName(out, p, v, chatInput));
    checkDescription(out, [i, 'description'], cmd.description, chatInput);
    checkLocalized(out, [i, 'description_localizations'], cmd.description_localizations, (p, v) => checkDescription(out, p, v, chatInput));
    const key = `${type}:${String(cmd.name)}`;
    if (seen.has(key)) out.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
    seen.add(key);
    const options = Array.isArray(cmd.options) ? cmd.options : [];
    if (options.length > 25) out.push({ path: [i, 'options'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    options.forEach((o, j) => {
      if (!isObj(o)) return;
      checkName(out, [i, 'options', j, 'name'], o.name, true);
      checkLocalized(out, [i, 'options', j, 'name_localizations'], o.name_localizations, (p, v) => checkName(out, p, v, true));
      checkDescription(out, [i, 'options', j, 'description'], o.description, true);
      checkLocalized(out, [i, 'options', j, 'description_localizations'], o.description_localizations, (p, v) => checkDescription(out, p, v, true));
      if (typeof o.max_length === 'number' && (o.max_length < 1 || o.max_length > 6000)) {
        out.push({ path: [i, 'options', j, 'max_length'], code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 6000.' });
      }
    });
  });
  return out;
}

/** Registered commands per scope ('global' or a guild id), as bulk overwrite leaves them. */
export class CommandRegistry {
  private readonly scopes = new Map<string, Json[]>();

  overwrite(applicationId: string, scope: string, body: unknown): Json[] {
    const violations = checkCommands(body);
    if (violations.length > 0) throw new ApiError(400, 50035, 'Invalid Form Body', toErrorTree(violations));
    const previous = this.scopes.get(scope) ?? [];
    const stored = (body as Json[]).map((cmd) => {
      const same = previous.find((p) => p.name === cmd.name && (p.type ?? 1) === (cmd.type ?? 1));
      return {
        ...cmd,
        type: cmd.type ?? 1,
        id: same?.id ?? snowflake(),
        application_id: applicationId,
        version: snowflake(),
        ...(scope === 'global' ? {} : { guild_id: scope }),
      };
    });
    this.scopes.set(scope, stored);
    return stored;
  }

  list(scope: string): Json[] {
    return this.scopes.get(scope) ?? [];
  }

  /** The command a user would see in this guild: guild commands first, then global ones. */
  find(guildId: string, name: string, type: number): Json | undefined {
    const match = (c: Json) => c.name === name && c.type === type;
    return this.list(guildId).find(match) ?? this.list('global').find(match);
  }
}
