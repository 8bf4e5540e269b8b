import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const theme = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { lemma: c?.proposition.predicate?.lemma, theme: c?.proposition.theme?.text };
};

describe('the theme is the head of a direct object, not a measure, a modifier or a date', () => {
  it.each([
    ['a measure of a substance: the substance', 'Customs officers seized 3 kilograms of heroin at the port.', 'seize', 'heroin'],
    ['a measure of land: the land', 'The wildfire burned 800 acres of pasture.', 'burn', 'pasture'],
    ['a share of a whole: the whole', 'The bank cut 15 percent of its staff.', 'cut', 'its staff'],
    ['a quantifier pronoun with "of": what it quantifies', 'Rescuers freed most of the miners.', 'free', 'miners'],
    ['a count with its noun stays', 'The hospital hired 40 nurses.', 'hire', '40 nurses'],
    ['a plain object stays', 'The council approved the budget on Monday.', 'approve', 'budget'],
  ])('%s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });

  it.each([
    ['a bare percentage', 'Attendance reached 72 percent.', 'reach'],
    ['a bare temperature', 'The thermometer hit 39 degrees Celsius.', 'hit'],
    ['a bare distance with a direction', 'The convoy stopped 25 miles north.', 'stop'],
    ['a bare sum', 'Shares closed at $14.', 'close'],
    ['an adjective complement after an object', 'The storm left the harbour empty.', 'leave'],
    ['a time word after the verb', 'The strike ended Thursday.', 'end'],
  ])('no theme for %s: %s', (_, text, lemma) => {
    const got = theme(text);
    expect(got.lemma).toBe(lemma);
    if (lemma !== 'leave') expect(got.theme).toBeUndefined();
    else expect(got.theme).toBe('harbour');
  });

  it('keeps a copula\'s adjective complement in the theme slot, where later stages read it as the state', () => {
    expect(theme('The bridge was unsafe.')).toEqual({ lemma: 'be', theme: 'unsafe' });
  });
});
