/**
 * Content checks for the curated knowledge base (knowledge/entries/*.yaml).
 *
 * Every entry must parse, pass the zod schema, carry enough phrasings and corrections per locale,
 * and quote only verified official statements: each quote and URL must appear verbatim in the
 * research sheet, inside a table row labelled V-P / V-S / V-S*.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entrySchema, LOCALES, type Entry, type Locale } from '../../src/core/knowledge/schema.ts';

const ENTRIES_DIR = fileURLToPath(new URL('../../knowledge/entries/', import.meta.url));
const RESEARCH_URL = new URL('../../../shared/research/official-statements.md', import.meta.url);
const RESEARCH_PATH = fileURLToPath(RESEARCH_URL);

/** No statement or review may be dated after the day this content was reviewed. */
const LATEST_DATE = '2026-11-25';
const MIN_PHRASINGS: Record<Locale, number> = { en: 6, es: 4, ja: 4 };
const MIN_CORRECTIONS: Record<Locale, number> = { en: 2, es: 1, ja: 1 };

const files = readdirSync(ENTRIES_DIR).sort();
const yamlFiles = files.filter((f) => f.endsWith('.yaml'));

function loadEntry(file: string): Entry {
  const raw: unknown = parse(readFileSync(`${ENTRIES_DIR}${file}`, 'utf8'), { prettyErrors: true });
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`${file} does not match the entry schema:\n${issues}`);
  }
  return result.data;
}

let researchText: string | undefined;
function research(): string {
  if (researchText === undefined) {
    if (!existsSync(RESEARCH_PATH)) {
      throw new Error(
        `Research sheet not found at ${RESEARCH_PATH}. The knowledge tests check every quote and URL against ` +
          `/work/shared/research/official-statements.md, expected at ../shared/research/ relative to the repo root.`,
      );
    }
    researchText = readFileSync(RESEARCH_PATH, 'utf8');
  }
  return researchText;
}

/** Rows of the research tables: "| A1-1 | who | date | venue | quote | urls | status |". */
function researchRows(): { id: string; line: string; status: string }[] {
  return research()
    .split('\n')
    .filter((line) => /^\| [A-Z]\d+-\d+ \|/.test(line))
    .map((line) => {
      const cells = line.split(' | ');
      return { id: cells[0]!.slice(2), line, status: cells[cells.length - 1]!.replace(/ \|$/, '').trim() };
    });
}

function normalized(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('knowledge/entries', () => {
  it('contains entries, all with the .yaml extension', () => {
    expect(yamlFiles.length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.endsWith('.yaml'))).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = yamlFiles.map((f) => loadEntry(f).id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has no phrasing repeated within or across entries', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const file of yamlFiles) {
      const entry = loadEntry(file);
      for (const locale of LOCALES) {
        for (const p of entry.phrasings[locale] ?? []) {
          const key = normalized(p);
          const other = seen.get(key);
          if (other) dupes.push(`"${p}" in ${file} and ${other}`);
          else seen.set(key, file);
        }
      }
    }
    expect(dupes).toEqual([]);
  });

  it('can find the research sheet', () => {
    expect(() => research()).not.toThrow();
  });
});

describe.each(yamlFiles)('%s', (file) => {
  it('parses as YAML and passes the entry schema', () => {
    expect(() => loadEntry(file)).not.toThrow();
  });

  it('is named after its id', () => {
    expect(file).toBe(`${loadEntry(file).id}.yaml`);
  });

  it('has summaries in every locale and enough phrasings and corrections', () => {
    const entry = loadEntry(file);
    for (const locale of LOCALES) {
      expect(entry.summary[locale], `summary.${locale}`).toBeTruthy();
      expect(entry.phrasings[locale]?.length ?? 0, `phrasings.${locale}`).toBeGreaterThanOrEqual(MIN_PHRASINGS[locale]);
      expect(entry.corrections?.[locale]?.length ?? 0, `corrections.${locale}`).toBeGreaterThanOrEqual(
        MIN_CORRECTIONS[locale],
      );
    }
  });

  it('has kebab-case topics', () => {
    for (const topic of loadEntry(file).topics) expect(topic).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('is not dated after the review date', () => {
    const entry = loadEntry(file);
    expect(entry.reviewed <= LATEST_DATE, `reviewed ${entry.reviewed}`).toBe(true);
    for (const s of entry.statements) expect(s.date <= LATEST_DATE, `statement date ${s.date}`).toBe(true);
  });

  it('quotes only verified research rows, verbatim, with https URLs found in the research', () => {
    const entry = loadEntry(file);
    const text = research();
    const rows = researchRows();
    for (const [i, s] of entry.statements.entries()) {
      const where = `${file} statements[${i}] (${s.speaker})`;
      expect(text.includes(s.quote), `${where}: quote not found verbatim in the research sheet`).toBe(true);
      expect(text.includes(s.url), `${where}: URL not found verbatim in the research sheet`).toBe(true);
      expect(s.url.startsWith('https://'), `${where}: URL must be https`).toBe(true);

      const row = rows.find((r) => r.line.includes(s.quote));
      expect(row, `${where}: quote is not in a labelled research table row`).toBeDefined();
      const status = row!.status;
      expect(/^V-(P|S)/.test(status), `${where}: row ${row!.id} is labelled "${status}"`).toBe(true);
      expect(/non-official|UNVERIFIED|paraphrase/i.test(status), `${where}: row ${row!.id} is "${status}"`).toBe(false);
      if (s.verification === 'primary') {
        expect(status.startsWith('V-P'), `${where}: primary needs a V-P row, ${row!.id} is "${status}"`).toBe(true);
      }
      if (status.startsWith('V-S*')) {
        expect(s.verification, `${where}: V-S* must be secondary`).toBe('secondary');
        expect(s.note ?? '', `${where}: V-S* needs a note asking to recheck the wording`).toMatch(/recheck|re-check/i);
      }
    }
  });
});
