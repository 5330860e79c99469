/**
 * Discord's documented message, component and command limits, checked the way the API checks
 * them: every violation is reported with its JSON path, so a 400 names the offending field.
 */
export interface Violation {
  path: (string | number)[];
  code: string;
  message: string;
}

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  url: 512,
  selectOptions: 25,
  optionText: 100,
  placeholder: 150,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const len = (v: unknown): number => [...str(v)].length;

function maxLen(out: Violation[], path: Violation['path'], value: unknown, max: number): void {
  if (value !== undefined && len(value) > max) {
    out.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function tooMany(out: Violation[], path: Violation['path'], list: unknown[], max: number): void {
  if (list.length > max) out.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
}

export function checkEmbeds(embeds: unknown[], out: Violation[]): void {
  tooMany(out, ['embeds'], embeds, LIMITS.embeds);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObj(embed)) return;
    const at = (...p: (string | number)[]) => ['embeds', i, ...p];
    maxLen(out, at('title'), embed.title, LIMITS.embedTitle);
    maxLen(out, at('description'), embed.description, LIMITS.embedDescription);
    total += len(embed.title) + len(embed.description);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    tooMany(out, at('fields'), fields, LIMITS.embedFields);
    fields.forEach((f, j) => {
      if (!isObj(f)) return;
      if (len(f.name) === 0) out.push({ path: at('fields', j, 'name'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
      if (len(f.value) === 0) out.push({ path: at('fields', j, 'value'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
      maxLen(out, at('fields', j, 'name'), f.name, LIMITS.fieldName);
      maxLen(out, at('fields', j, 'value'), f.value, LIMITS.fieldValue);
      total += len(f.name) + len(f.value);
    });
    if (isObj(embed.footer)) {
      maxLen(out, at('footer', 'text'), embed.footer.text, LIMITS.footerText);
      total += len(embed.footer.text);
    }
    if (isObj(embed.author)) {
      maxLen(out, at('author', 'name'), embed.author.name, LIMITS.authorName);
      total += len(embed.author.name);
    }
    if (embed.url !== undefined) maxLen(out, at('url'), embed.url, 2048);
  });
  if (total > LIMITS.embedTotal) {
    out.push({ path: ['embeds'], code: 'MESSAGE_EMBEDS_TOO_LONG', message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}` });
  }
}

function checkCustomId(out: Violation[], path: Violation['path'], id: unknown, seen: Set<string>): void {
  const n = len(id);
  if (n < 1 || n > LIMITS.customId) {
    out.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.customId} in length.` });
  }
  if (seen.has(str(id))) out.push({ path, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
  seen.add(str(id));
}

export function checkComponents(rows: unknown[], out: Violation[]): void {
  tooMany(out, ['components'], rows, LIMITS.actionRows);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const at = (...p: (string | number)[]) => ['components', i, ...p];
    if (!isObj(row) || row.type !== 1 || !Array.isArray(row.components)) {
      out.push({ path: at(), code: 'UNION_TYPE_CHOICES', message: 'Top-level components must be action rows' });
      return;
    }
    const kids = row.components;
    const selects = kids.filter((c) => isObj(c) && c.type !== 2).length;
    if (kids.length === 0) out.push({ path: at('components'), code: 'BASE_TYPE_MIN_LENGTH', message: 'Must be 1 or more in length.' });
    tooMany(out, at('components'), kids, selects > 0 ? 1 : LIMITS.buttonsPerRow);
    kids.forEach((c, j) => {
      if (!isObj(c)) return;
      const cp = (...p: (string | number)[]) => at('components', j, ...p);
      if (c.type === 2) {
        maxLen(out, cp('label'), c.label, LIMITS.buttonLabel);
        if (c.style === 5) {
          if (len(c.url) === 0) out.push({ path: cp('url'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          if (!/^https?:\/\//.test(str(c.url))) out.push({ path: cp('url'), code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' });
          maxLen(out, cp('url'), c.url, LIMITS.url);
          if (c.custom_id !== undefined) out.push({ path: cp('custom_id'), code: 'BUTTON_COMPONENT_LINK_CUSTOM_ID', message: 'A link button cannot have a custom id' });
        } else {
          checkCustomId(out, cp('custom_id'), c.custom_id, seen);
        }
        if (len(c.label) === 0 && c.emoji === undefined) out.push({ path: cp('label'), code: 'BUTTON_COMPONENT_LABEL_OR_EMOJI', message: 'A button needs a label or an emoji' });
      } else if (c.type === 3) {
        checkCustomId(out, cp('custom_id'), c.custom_id, seen);
        maxLen(out, cp('placeholder'), c.placeholder, LIMITS.placeholder);
        const options = Array.isArray(c.options) ? c.options : [];
        if (options.length === 0) out.push({ path: cp('options'), code: 'BASE_TYPE_MIN_LENGTH', message: 'Must be 1 or more in length.' });
        tooMany(out, cp('options'), options, LIMITS.selectOptions);
        options.forEach((o, k) => {
          if (!isObj(o)) return;
          for (const key of ['label', 'value', 'description'] as const) {
            maxLen(out, cp('options', k, key), o[key], LIMITS.optionText);
          }
        });
      } else {
        out.push({ path: cp('type'), code: 'UNSUPPORTED_COMPONENT', message: `Emulator does not model component type ${String(c.type)}` });
      }
    });
  });
}

/** Checks a message body (create, edit, interaction response data). */
export function checkMessage(body: unknown): Violation[] {
  const out: Violation[] = [];
  if (!isObj(body)) return [{ path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }];
  maxLen(out, ['content'], body.content, LIMITS.content);
  if (Array.isArray(body.embeds)) checkEmbeds(body.embeds, out);
  if (Array.isArray(body.components)) checkComponents(body.components, out);
  return out;
}

/** Checks an autocomplete result (interaction callback type 8). */
export function checkChoices(data: unknown): Violation[] {
  const out: Violation[] = [];
  const choices = isObj(data) && Array.isArray(data.choices) ? data.choices : [];
  tooMany(out, ['choices'], choices, LIMITS.choices);
  choices.forEach((c, i) => {
    if (!isObj(c)) return;
    const n = len(c.name);
    if (n < 1 || n > LIMITS.choiceName) out.push({ path: ['choices', i, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    if (typeof c.value === 'string') maxLen(out, ['choices', i, 'value'], c.value, LIMITS.choiceValue);
  });
  return out;
}

/** Turns violations into Discord's nested `errors` object ({ embeds: { 0: { title: { _errors } } } }). */
export function toErrorTree(violations: Violation[]): Json {
  const root: Json = {};
  for (const v of violations) {
    let node = root;
    for (const key of v.path) {
      const k = String(key);
      if (!isObj(node[k])) node[k] = {};
      node = node[k] as Json;
    }
    const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : [];
    list.push({ code: v.code, message: v.message });
    node._errors = list;
  }
  return root;
}
