import { z } from 'zod';

/** Verdict scale, from "the claim is wrong" to "the claim is right". */
export const VERDICTS = ['false', 'misleading', 'unsupported', 'true-with-context', 'true'] as const;
export const verdictSchema = z.enum(VERDICTS);
/** YAML reads a bare `verdict: false` as a boolean; curators should not have to quote it. */
const verdictField = z.preprocess((v) => (typeof v === 'boolean' ? String(v) : v), verdictSchema);
export type Verdict = z.infer<typeof verdictSchema>;

/** Locales the UI and the knowledge base speak today. */
export const LOCALES = ['en', 'es', 'ja'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'));

const text = z.string().trim().min(1);
const textList = z.array(text);

/** Text per locale: English is required, the others optional. */
const perLocale = z.object({ en: text, es: text.optional(), ja: text.optional() }).strict();
const listPerLocale = z.object({ en: textList, es: textList.optional(), ja: textList.optional() }).strict();

export const statementSchema = z
  .object({
    speaker: text,
    role: text.optional(),
    org: text,
    date: isoDate,
    quote: text,
    url: z.url({ protocol: /^https?$/ }),
    venue: text.optional(),
    verification: z.enum(['primary', 'secondary']),
    note: text.optional(),
  })
  .strict();
export type Statement = z.infer<typeof statementSchema>;

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected kebab-case, e.g. voting-machines-flipped-votes'),
    claim: text,
    verdict: verdictField,
    status: z.enum(['published', 'draft']).default('published'),
    summary: perLocale,
    phrasings: listPerLocale,
    corrections: listPerLocale.optional(),
    statements: z.array(statementSchema).min(1),
    // YAML reads a bare year (`topics: [2020]`) as a number.
    topics: z.array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text)).default([]),
    reviewed: isoDate,
  })
  .strict();

/** An entry as written in knowledge/entries/<id>.yaml. */
export type EntryInput = z.input<typeof entrySchema>;
/** An entry after validation (defaults applied, dates as YYYY-MM-DD strings). */
export type Entry = z.infer<typeof entrySchema>;
