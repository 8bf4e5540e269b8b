import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.actor;
const actor = (text: string) => first(text)?.text;

describe('"the board of X": the head noun is the actor, not the "of" phrase', () => {
  it.each([
    ['The trustees of Hallam College approved the sale.', 'The trustees'],
    ['The chairman of Brexia Airlines stepped down.', 'The chairman'],
    ['A panel of the Senate opened an inquiry.', 'A panel'],
    ['The mayor of Tarnow signed the decree.', 'The mayor'],
  ])('%s', (text, want) => {
    expect(actor(text)).toBe(want);
  });

  it.each([
    ['Minister of Finance Ana Belo resigned.', 'belo'],
    ['Governor of Lagos State Femi Okon signed the bill.', 'okon'],
  ])('a title without a determiner before a name: the name is the key (%s)', (text, want) => {
    expect(first(text)?.key).toBe(want);
  });
});

describe('a plural head before "of" and a name is the actor, not the name (a title is singular)', () => {
  it.each([
    ['Shares of Norvik Energy jumped 12 percent on Thursday.', 'Shares'],
    ['Members of Congress voted against the bill.', 'Members'],
    ['Supporters of Ivan Petrov gathered outside the court.', 'Supporters'],
  ])('%s', (text, want) => expect(actor(text)).toBe(want));

  it('a singular title before its name keeps the name', () => expect(first('Minister of Finance Ana Belo resigned.')?.key).toBe('belo'));
});
