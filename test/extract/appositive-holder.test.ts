import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' });
  return { holder: c?.attribution.holder, kind: c?.attribution.holderKind, actor: c?.proposition.actor?.text, lemma: c?.proposition.predicate?.lemma };
};

describe('an appositive or participial aside between the holder and "said"', () => {
  it.each([
    ['Rosa Quint, a geologist at the survey office, said the slope was moving.', 'Rosa Quint', 'the slope'],
    ['The harbour master, speaking on local radio, said the dredger had cleared the channel.', 'The harbour master', 'the dredger'],
    ['Teodor Balan, the union\'s treasurer, told members the fund had run dry.', 'Teodor Balan', 'the fund'],
  ])('%s', (text, holder, actor) => {
    expect(first(text)).toMatchObject({ holder, kind: 'named', actor });
  });

  it.each([
    ['an appositive on a subject with its own verb', 'The ferry, an old vessel, sank near the pier.', { holder: 'Wire', kind: 'author', lemma: 'sink' }],
    ['an opening adverbial is no holder', 'In the end, a spokesman said the talks had failed.', { holder: 'a spokesman', kind: 'anonymous' }],
  ])('%s', (_, text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });
});

describe('an age in apposition between the holder and "said" (AP style: "Maureen Clegg, 74, said")', () => {
  it.each([
    ['Maureen Clegg, 74, said the sweep had lit the stove.', 'Maureen Clegg', 'the sweep'],
    ['The householder, Maureen Clegg, 74, said the sweep had lit the stove.', 'Maureen Clegg', 'the sweep'],
  ])('%s', (text, holder, actor) => {
    expect(first(text)).toMatchObject({ holder, kind: 'named', actor, lemma: 'light' });
  });

  it('a figure too large for an age is no age appositive (hard negative)', () => {
    expect(first('The club, 1,200, said it would close.').holder).not.toBe('The club');
  });
});

describe('a fronted adjunct with no comma before a pronoun holder', () => {
  it('the holder is the pronoun alone', () => expect(first('At the hearing he said the fence was down.').holder).toBe('he'));
  it('and stands for the person the previous subject\'s possessor names ("Isla Mercer\'s poem …")', () => {
    const claims = extractClaims({ id: 'd', text: 'Isla Mercer\'s poem was hand-set in metal type. At a reading on Friday night she told the audience that the press would close.', source: 'Wire' });
    expect(claims.at(-1)?.attribution).toMatchObject({ holder: 'Isla Mercer', holderKind: 'named' });
  });
  it('a possessor that is no full name is no referent (hard negative)', () => {
    const claims = extractClaims({ id: 'd', text: 'The council\'s poem was hand-set in metal type. At a reading on Friday night she told the audience that the press would close.', source: 'Wire' });
    expect(claims.at(-1)?.attribution.holder).not.toBe('The council');
  });
});
