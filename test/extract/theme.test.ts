import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const theme = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { lemma: c?.proposition.predicate?.lemma, theme: c?.proposition.theme?.text, complement: c?.proposition.complement?.text };
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

  it.each([
    ['an adjective', 'The bridge was unsafe.', 'unsafe'],
    ['a linking verb', 'The minister seemed tired.', 'tired'],
    ['a degree adverb before it', 'The pilot was still alive.', 'alive'],
  ])('a linking verb\'s adjective complement is its complement, not its theme (%s): %s', (_, text, complement) => {
    expect(theme(text)).toEqual({ lemma: expect.any(String), theme: undefined, complement });
  });

  it.each([
    ['a noun complement', 'The drought was the main cause of the fire.', 'main cause'],
    ['a noun complement with an adjective', 'Tariffs are a heavy burden.', 'heavy burden'],
  ])('a copula\'s noun complement stays its theme (%s): %s', (_, text, got) => {
    expect(theme(text)).toEqual({ lemma: 'be', theme: got, complement: undefined });
  });
});
