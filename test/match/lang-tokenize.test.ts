import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/core/match/lang.ts';
import { tokenize } from '../../src/core/match/tokenize.ts';

describe('detectLang', () => {
  it('tells English, Spanish and Japanese apart, and has no language for digits or nothing', () => {
    expect(detectLang('the ballots were thrown in the trash')).toBe('en');
    expect(detectLang('las boletas fueron tiradas a la basura')).toBe('es');
    expect(detectLang('投票用紙がゴミ箱に捨てられた')).toBe('ja');
    expect(detectLang('12345')).toBe('other');
    expect(detectLang('')).toBe('other');
  });

  it('calls a Japanese sentence with an English brand name Japanese', () => {
    expect(detectLang('dominionの投票機が票を書き換えた')).toBe('ja');
  });
});

describe('tokenize', () => {
  it('drops English stop words and applies Porter stems', () => {
    expect(tokenize('the ballots were counted by voting machines', 'en')).toEqual(['ballot', 'count', 'vote', 'machin']);
  });

  it('applies Spanish Snowball stems and folds accents', () => {
    expect(tokenize('las boletas fueron contadas por máquinas de votación', 'es')).toEqual(['bolet', 'cont', 'maquin', 'votacion']);
  });

  it('segments Japanese with Intl.Segmenter, drops particles and keeps katakana words whole', () => {
    expect(tokenize('ドミニオンの投票機が票を書き換えた', 'ja')).toEqual(['ドミニオン', '投票', '機', '票', '書き換え']);
  });

  it('gives the same terms for singular/plural and with or without accents', () => {
    expect(tokenize('votación', 'es')).toEqual(tokenize('votacion', 'es'));
    expect(tokenize('ballot', 'en')).toEqual(tokenize('ballots', 'en'));
    expect(tokenize('knives women died', 'en')).toEqual(tokenize('knife woman die', 'en'));
  });
});

describe('aliases', () => {
  it('unifies everyday words with the ones fact-checks use', () => {
    expect(tokenize('pic of the kids', 'en')).toEqual(tokenize('photograph of the children', 'en'));
  });

  it('expands common abbreviations so "AOC" meets "Ocasio-Cortez"', () => {
    const terms = tokenize('aoc said it', 'en');
    expect(terms).toEqual(expect.arrayContaining(tokenize('ocasio cortez', 'en')));
  });
});

describe('hostile words', () => {
  it('treats words that name object properties as plain words', () => {
    const terms = tokenize('constructor __proto__ tostring hasownproperty valueof', 'en');
    expect(terms.every((t) => typeof t === 'string')).toBe(true);
    expect(terms).toContain('constructor');
  });
});
