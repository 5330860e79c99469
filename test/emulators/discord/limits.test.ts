import { describe, expect, it } from 'vitest';
import { checkCommands } from './commands.ts';
import { checkChoices, checkMessage, toErrorTree } from './limits.ts';

const button = (id: string) => ({ type: 2, style: 1, label: 'x', custom_id: id });
const row = (...components: unknown[]) => ({ type: 1, components });
const codes = (body: unknown) => checkMessage(body).map((v) => `${v.path.join('.')}:${v.code}`);

describe('Discord emulator limits', () => {
  it('accepts a message at the limits', () => {
    const fields = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) }));
    const rows = Array.from({ length: 5 }, (_, r) => row(...Array.from({ length: 5 }, (_, b) => button(`b${r}-${b}`))));
    expect(checkMessage({ content: 'c'.repeat(2000), embeds: [{ title: 't'.repeat(256), fields }], components: rows })).toEqual([]);
  });

  it('rejects over-long texts and an embed total over 6000', () => {
    expect(codes({ content: 'c'.repeat(2001) })).toEqual(['content:BASE_TYPE_MAX_LENGTH']);
    expect(codes({ embeds: [{ description: 'd'.repeat(4097) }] })).toContain('embeds.0.description:BASE_TYPE_MAX_LENGTH');
    expect(codes({ embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] })).toEqual(['embeds.0.fields.0.value:BASE_TYPE_MAX_LENGTH']);
    expect(codes({ embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] })).toEqual(['embeds:MESSAGE_EMBEDS_TOO_LONG']);
    const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }));
    expect(codes({ embeds: [{ fields }] })).toEqual(['embeds.0.fields:BASE_TYPE_MAX_LENGTH']);
  });

  it('rejects too many rows or buttons, long or duplicate custom_ids, and link buttons without a URL', () => {
    const six = Array.from({ length: 6 }, (_, i) => row(button(`r${i}`)));
    expect(codes({ components: six })).toEqual(['components:BASE_TYPE_MAX_LENGTH']);
    expect(codes({ components: [row(...Array.from({ length: 6 }, (_, i) => button(`b${i}`)))] })).toEqual(['components.0.components:BASE_TYPE_MAX_LENGTH']);
    expect(codes({ components: [row(button('x'.repeat(101)))] })).toEqual(['components.0.components.0.custom_id:BASE_TYPE_BAD_LENGTH']);
    expect(codes({ components: [row(button('same'), button('same'))] })).toEqual(['components.0.components.1.custom_id:COMPONENT_CUSTOM_ID_DUPLICATED']);
    expect(codes({ components: [row({ type: 2, style: 5, label: 'src' })] })).toContain('components.0.components.0.url:BASE_TYPE_REQUIRED');
  });

  it('rejects more than 25 autocomplete choices or names over 100 characters', () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    expect(checkChoices({ choices }).map((v) => v.code)).toEqual(['BASE_TYPE_MAX_LENGTH']);
    expect(checkChoices({ choices: [{ name: 'n'.repeat(101), value: 'v' }] }).map((v) => v.path.join('.'))).toEqual(['choices.0.name']);
  });

  it('validates command names and localisations as Discord does', () => {
    expect(checkCommands([{ name: 'factcheck', description: 'd', name_localizations: { ja: 'ファクトチェック', 'es-ES': 'verificar' } }])).toEqual([]);
    expect(checkCommands([{ name: 'FactCheck', description: 'd' }]).map((v) => v.code)).toEqual(['APPLICATION_COMMAND_INVALID_NAME']);
    expect(checkCommands([{ name: 'x', description: 'd', name_localizations: { es: 'y' } }]).map((v) => v.code)).toEqual(['ENUM_TYPE_COERCE']);
    expect(checkCommands([{ type: 3, name: 'Fact-check this message' }])).toEqual([]);
  });

  it('builds Discord\'s nested error tree', () => {
    expect(toErrorTree(checkMessage({ embeds: [{ title: 't'.repeat(257) }] }))).toEqual({
      embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } } },
    });
  });
});
