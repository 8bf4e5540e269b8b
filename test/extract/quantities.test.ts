import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { QuantitySchema, type Quantity } from '../../src/model/claim.js';

const doc = (text: string) => ({ text, view: text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-') });
const all = (text: string) => extractQuantities(doc(text), { start: 0, end: text.length });
const sp = (start: number, text: string) => ({ start, end: start + text.length, text });
const YEAR_SECONDS = 31556952;

type Case = [string, Quantity[]];

const positives: Case[] = [
  ['The meeting lasted less than two hours.', [
    { value: 2, unit: 'hour', dimension: 'duration', bound: 'at-most', base: { from: 0, to: 7200 }, span: sp(19, 'less than two hours') },
  ]],
  ['At least 40 people were hurt.', [
    { value: 40, dimension: 'count', bound: 'at-least', base: { from: 40, to: null }, noun: 'people', span: sp(0, 'At least 40 people') },
  ]],
  ['The stadium held just under 38,000 fans on the night.', [
    { value: 38000, dimension: 'count', bound: 'at-most', base: { from: 0, to: 38000 }, noun: 'fans', span: sp(17, 'just under 38,000 fans') },
  ]],
  ['The bank approved a $1.5bn loan.', [
    { value: 1.5e9, unit: 'USD', dimension: 'money', bound: 'exact', base: { from: 1.5e9, to: 1.5e9 }, span: sp(20, '$1.5bn') },
  ]],
  ['Storms left 2 million homes dark.', [
    { value: 2e6, dimension: 'count', bound: 'exact', base: { from: 2e6, to: 2e6 }, noun: 'homes', span: sp(12, '2 million homes') },
  ]],
  ['The queue stretched between 30 and 40 km.', [
    { value: 30, to: 40, unit: 'km', dimension: 'length', bound: 'range', base: { from: 30000, to: 40000 }, span: sp(20, 'between 30 and 40 km') },
  ]],
  ['Officers detained 30–40 people.', [
    { value: 30, to: 40, dimension: 'count', bound: 'range', base: { from: 30, to: 40 }, noun: 'people', span: sp(18, '30–40 people') },
  ]],
  ['Some 1,200 troops crossed over.', [
    { value: 1200, dimension: 'count', bound: 'about', base: { from: 1080, to: 1320 }, noun: 'troops', span: sp(0, 'Some 1,200 troops') },
  ]],
  ['Hundreds of residents fled and about 40 returned.', [
    { value: 200, to: 1999, dimension: 'count', bound: 'range', base: { from: 200, to: 1999 }, noun: 'residents', span: sp(0, 'Hundreds of residents') },
    { value: 40, dimension: 'count', bound: 'about', base: { from: 36, to: 44 }, span: sp(31, 'about 40') },
  ]],
  ['The river rose from 12 to 40 metres.', [
    { value: 12, dimension: 'count', bound: 'exact', base: { from: 12, to: 12 }, span: sp(20, '12') },
    { value: 40, unit: 'm', dimension: 'length', bound: 'exact', base: { from: 40, to: 40 }, span: sp(26, '40 metres') },
  ]],
  ['Temperatures hit 38°C and prices rose up to 5%.', [
    { value: 38, unit: '°C', dimension: 'temperature', bound: 'exact', base: { from: 38, to: 38 }, span: sp(17, '38°C') },
    { value: 5, unit: '%', dimension: 'percent', bound: 'at-most', base: { from: 0, to: 5 }, span: sp(38, 'up to 5%') },
  ]],
  ['A twenty-five minute walk cost £300m.', [
    { value: 25, unit: 'minute', dimension: 'duration', bound: 'exact', base: { from: 1500, to: 1500 }, span: sp(2, 'twenty-five minute') },
    { value: 3e8, unit: 'GBP', dimension: 'money', bound: 'exact', base: { from: 3e8, to: 3e8 }, span: sp(31, '£300m') },
  ]],
  ['It took over 20 years and cost 2 to 3 million euros.', [
    { value: 20, unit: 'year', dimension: 'duration', bound: 'at-least', base: { from: 20 * YEAR_SECONDS, to: null }, span: sp(8, 'over 20 years') },
    { value: 2e6, to: 3e6, unit: 'EUR', dimension: 'money', bound: 'range', base: { from: 2e6, to: 3e6 }, span: sp(31, '2 to 3 million euros') },
  ]],
  ['Tens of thousands of protesters marched.', [
    { value: 20000, to: 199999, dimension: 'count', bound: 'range', base: { from: 20000, to: 199999 }, noun: 'protesters', span: sp(0, 'Tens of thousands of protesters') },
  ]],
  ['It fell to -5°C overnight.', [
    { value: -5, unit: '°C', dimension: 'temperature', bound: 'exact', base: { from: -5, to: -5 }, span: sp(11, '-5°C') },
  ]],
  ['The pass got 90 millimetres of snow.', [
    { value: 90, unit: 'mm', dimension: 'length', bound: 'exact', base: { from: 0.09, to: 0.09 }, noun: 'snow', span: sp(13, '90 millimetres') },
  ]],
  ['The party won 12% of the seats.', [
    { value: 12, unit: '%', dimension: 'percent', bound: 'exact', base: { from: 12, to: 12 }, span: sp(14, '12%') },
  ]],
  ['She got a nine-year term after a twenty-five-day trial.', [
    { value: 9, unit: 'year', dimension: 'duration', bound: 'exact', base: { from: 9 * YEAR_SECONDS, to: 9 * YEAR_SECONDS }, span: sp(10, 'nine-year') },
    { value: 25, unit: 'day', dimension: 'duration', bound: 'exact', base: { from: 25 * 86400, to: 25 * 86400 }, span: sp(33, 'twenty-five-day') },
  ]],
  ['The fine was 40 or more dollars.', [
    { value: 40, unit: 'USD', dimension: 'money', bound: 'at-least', base: { from: 40, to: null }, span: sp(13, '40 or more dollars') },
  ]],
];

// Years, dates, clock times, scores, ordinals, numbers inside words, phone numbers, labels, idioms.
const negatives: string[] = [
  'In 2024, the G7 met on May 16 at 3 pm and Spain won 7-2.',
  'The 3rd round of COVID-19 talks began on 16 May; call 555-010-4477.',
  'No one was hurt and one of them fled, said Article 5.',
  'Since 1991 the 1990s and 5G masts grew.',
  'The vote was 3-1 and the meeting ended by 10:30 on 2025-05-14.',
  'Flight 370 and the F-16 left at 10am.',
  'A five-year-old and a twenty-one-year-old met in a one-off game.',
];

describe('extractQuantities', () => {
  it.each(positives)('%s', (text, expected) => {
    const got = all(text);
    expect(got).toEqual(expected);
    for (const q of got) expect(QuantitySchema.parse(q)).toEqual(q);
    for (const q of got) expect(q.span.text).toBe(text.slice(q.span.start, q.span.end));
  });

  it.each(negatives)('finds no quantity in %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it('reads only inside the range, with absolute offsets', () => {
    const text = 'Noise 99 dogs. Then 12 cats.';
    expect(extractQuantities(doc(text), { start: 15, end: text.length })).toEqual([
      { value: 12, dimension: 'count', bound: 'exact', base: { from: 12, to: 12 }, noun: 'cats', span: sp(20, '12 cats') },
    ]);
  });

  it('keeps a year when a bound or unit makes it a quantity', () => {
    expect(all('at least 2000 people')).toEqual([
      { value: 2000, dimension: 'count', bound: 'at-least', base: { from: 2000, to: null }, noun: 'people', span: sp(0, 'at least 2000 people') },
    ]);
  });

  // Time is no assertion here: test/robustness/regex-safety.test.ts proves every regex free of catastrophic backtracking.
  it('reads no quantity in 100,000-character hostile input', () => {
    for (const hostile of ['7'.repeat(100_000), '1 '.repeat(50_000), '"'.repeat(100_000), ' '.repeat(100_000), 'x'.repeat(100_000), '1-'.repeat(50_000)]) {
      expect(all(hostile)).toEqual([]);
    }
  });
});
