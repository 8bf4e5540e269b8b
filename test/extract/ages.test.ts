/**
 * Ages as news copy gives them (AP Stylebook, "ages"; British "aged 34" and "Jane Doe (34)"), with their bearer and
 * exact span. Every sentence is invented for this file; hard negatives: dates, counts after a place or a date, a list
 * of numbers, a figure too large for an age, a count with its noun after a name.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const ages = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' }).flatMap((c) =>
    (c.ages ?? []).map((a) => ({ value: a.value, bearer: a.bearer ?? null, key: a.key ?? null, named: a.named, span: a.span.text })),
  );

describe('ages and whom they describe', () => {
  it.each([
    ['a hyphenated age before a description', 'The 45-year-old driver was charged.', [{ value: 45, bearer: 'driver', key: 'driver', named: false, span: '45-year-old' }]],
    ['a spelled-out age', 'A five-year-old boy was rescued.', [{ value: 5, bearer: 'boy', key: 'boy', named: false, span: 'five-year-old' }]],
    ['a compound spelled-out age', 'The forty-two-year-old nurse was released.', [{ value: 42, bearer: 'nurse', key: 'nurse', named: false, span: 'forty-two-year-old' }]],
    ['an adjective between age and head', 'A 33-year-old Dutch cyclist was hurt.', [{ value: 33, bearer: 'cyclist', key: 'cyclist', named: false, span: '33-year-old' }]],
    ['a possessor with an age', "The 42-year-old man's phone rang.", [{ value: 42, bearer: 'man', key: 'man', named: false, span: '42-year-old' }]],
    ['an age between commas after a name', 'Lena Voss, 32, sold the house.', [{ value: 32, bearer: 'Lena Voss', key: 'voss', named: true, span: '32' }]],
    ['an age between commas after a description', 'The driver, 52, was charged.', [{ value: 52, bearer: 'driver', key: 'driver', named: false, span: '52' }]],
    ['"aged" after a description', 'The driver, aged 52, was charged.', [{ value: 52, bearer: 'driver', key: 'driver', named: false, span: '52' }]],
    ['an age in brackets after a name', 'Jane Doe (34) was hurt.', [{ value: 34, bearer: 'Jane Doe', key: 'doe', named: true, span: '34' }]],
    ['the age as the noun itself', 'The 45-year-old was charged.', [{ value: 45, bearer: null, key: null, named: false, span: '45-year-old' }]],
    [
      'two people, two ages',
      'Police arrested a 45-year-old man and a 52-year-old woman.',
      [
        { value: 45, bearer: 'man', key: 'man', named: false, span: '45-year-old' },
        { value: 52, bearer: 'woman', key: 'woman', named: false, span: '52-year-old' },
      ],
    ],
  ])('%s: %s', (_, text, want) => {
    expect(ages(text)).toEqual(want);
  });

  it.each([
    ['a count after a date', 'On June 5, 45 people were hurt.'],
    ['a count after a place', 'In Oslo, 40 people died.'],
    ['a list of numbers', 'Rooms 3, 4, and 5 were closed.'],
    ['a figure too large for an age', 'The bridge, 300, was closed.'],
    ['a year after a day of the month', 'The fire began on March 3, 2024, near Bergen.'],
    ['a duration with its noun', 'Lena Voss, 32 years in the job, retired.'],
    ['years without "old"', 'The 45-year sentence was upheld.'],
  ])('no age: %s', (_, text) => {
    expect(ages(text)).toEqual([]);
  });
});

describe('"aged" before a figure is no predicate', () => {
  it.each([
    ['The boy, aged 15, was stabbed outside the school.', 'stab'],
    ['A man aged 30 was arrested in Leeds.', 'arrest'],
    ['The wine was aged in oak barrels.', 'age'],
  ])('%s → %s', (text, lemma) => {
    const claims = extractClaims({ id: 'd', text, source: 'Wire' });
    expect(claims.map((c) => c.proposition.predicate?.lemma)).toEqual([lemma]);
  });
});
