import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/match/index.ts';
import type { MatchDocument } from '../../src/core/match/types.ts';

const docs: MatchDocument[] = [
  {
    id: 'mail-fraud',
    claim: 'Mail-in ballots are full of fraud',
    phrasings: ['mail-in voting is full of fraud, millions of fake ballots', 'el voto por correo está lleno de fraude', '郵便投票は不正だらけだ'],
    corrections: ['there is no evidence of widespread mail-in ballot fraud', 'no hay pruebas de fraude masivo en el voto por correo'],
    quotes: [],
  },
  {
    id: 'machines',
    claim: 'Voting machines switched votes',
    phrasings: ['dominion machines switched votes', 'las máquinas de votación cambiaron votos', '投票機が票を書き換えた'],
    corrections: [],
    quotes: [],
  },
];
const matcher = createMatcher(docs);
const top = (text: string) => matcher.rank(text).hits[0];

describe('stance', () => {
  it.each([
    ['en', 'mail-in ballots are full of fraud', 'mail-in ballots are not full of fraud'],
    ['en', 'voting machines switched votes', "voting machines didn't switch votes"],
    ['es', 'el voto por correo está lleno de fraude', 'el voto por correo no está lleno de fraude'],
    ['es', 'las máquinas de votación cambiaron votos', 'las máquinas de votación nunca cambiaron votos'],
    ['ja', '郵便投票は不正だらけだ', '郵便投票は不正だらけではない'],
    ['ja', '投票機が票を書き換えた', '投票機は票を書き換えていない'],
  ])('%s: the claim repeats, its negation contradicts, same entry', (_lang, claim, negated) => {
    const a = top(claim);
    const b = top(negated);
    expect(a?.id).toBeDefined();
    expect(b?.id).toBe(a?.id);
    expect(a?.stance).toBe('repeats');
    expect(b?.stance).toBe('contradicts');
  });

  it('reads a correction as contradicting the claim', () => {
    expect(top('there is no evidence of mail-in ballot fraud')?.stance).toBe('contradicts');
    expect(top('no hay pruebas de fraude en el voto por correo')?.stance).toBe('contradicts');
  });

  it('reads "X is a myth" / "X es mentira" / "Xはデマだ" as contradicting', () => {
    expect(top('voting machines switched votes? that is a myth')?.stance).toBe('contradicts');
    expect(top('que las máquinas de votación cambiaron votos es mentira')?.stance).toBe('contradicts');
    expect(top('投票機が票を書き換えたというのはデマだ')?.stance).toBe('contradicts');
  });

  it('only counts a negation that applies to the claim, not one in a side remark', () => {
    expect(top('Not surprised at all. Voting machines switched votes')?.stance).toBe('repeats');
    expect(top('No, voting machines did not switch votes')?.stance).toBe('contradicts');
    expect(top('no es verdad que las máquinas de votación cambiaron votos')?.stance).toBe('contradicts');
  });

  it('does not read "fake ballots" inside the rumor as a denial', () => {
    expect(top('millions of fake mail-in ballots, voting is full of fraud')?.stance).toBe('repeats');
  });
});
