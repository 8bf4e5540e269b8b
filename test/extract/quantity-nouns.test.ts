/**
 * What a count counts when words stand between the number and its noun (issue 10): an additive quantifier ("more",
 * "additional" → an increment), a noun premodifier ("army members"), an acronym modifier ("US troops"); and compound
 * durations written without a joiner ("2 hours 4 minutes"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const doc = (text: string) => ({ text, view: text });
const nouns = (text: string) => extractQuantities(doc(text), { start: 0, end: text.length }).map((q) => [q.span.text, q.noun ?? null]);

describe('the counted noun', () => {
  it.each([
    ['The board will hire 300 more teachers.', [['300 more teachers', 'more teachers']]],
    ['The board will hire 300 additional teachers.', [['300 additional teachers', 'more teachers']]],
    ['The board will send 300 more UN observers.', [['300 more UN observers', 'more observers']]],
    ['Some 40 aid workers left the town.', [['Some 40 aid workers', 'workers']]],
    ['Some 40 Chilean army members left the town.', [['Some 40 Chilean army members', 'members']]],
    ['The convoy carried 60 US troops.', [['60 US troops', 'troops']]],
  ])('%s', (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });

  it.each([
    // A plural first noun is the head itself; a verb after it is not part of the noun.
    ['Some 40 workers strike on Monday.', [['Some 40 workers', 'workers']]],
    ['Only 40 more than last year.', [['40', null]]],
    ['One official says the talks failed.', [['One official', 'official']]],
    ['Eleven other members took part.', [['Eleven', null]]],
    // A scale word after a vague number is not a noun modifier: "subscribers" is not read past it (the vague number's
    // own reading of "a few hundred thousand" is unchanged here).
    ['It had a few hundred thousand subscribers.', [['a few hundred thousand', 'thousand']]],
  ])('%s', (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });
});

describe('compound durations', () => {
  it('"2 hours 4 minutes" is one duration of 7,440 seconds', () => {
    const [q, ...rest] = extractQuantities(doc('She won in 2 hours 4 minutes.'), { start: 0, end: 29 });
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ dimension: 'duration', unit: 'minute', value: 124, base: { from: 7440, to: 7440 }, span: { text: '2 hours 4 minutes' } });
  });

  it('units not falling (minutes, then hours) stay two figures', () => {
    expect(nouns('It took 40 minutes 2 hours later.').map(([t]) => t)).toEqual(['40 minutes', '2 hours']);
  });
});
