import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';
import { TimeSchema, type Time } from '../../src/model/claim.js';

const doc = (text: string) => ({ text, view: text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-') });
const sp = (start: number, text: string) => ({ start, end: start + text.length, text });
// Thursday 15 May 2025.
const REFERENCE = '2025-05-15';
const times = (text: string, reference: string = REFERENCE) => extractTimes(doc(text), { start: 0, end: text.length }, reference);
const day = (iso: string, relative: boolean, span: Time['span']): Time => ({ from: iso, to: iso, granularity: 'day', relative, span });

type Case = [string, Time[]];

const positives: Case[] = [
  ['Talks began on Tuesday in Istanbul.', [{ ...day('2025-05-13', true, sp(15, 'Tuesday')), opens: 'event' }]],
  ['The summit opened on May 16, 2025 after delays.', [day('2025-05-16', false, sp(21, 'May 16, 2025'))]],
  ['Yesterday the envoy left.', [day('2025-05-14', true, sp(0, 'Yesterday'))]],
  // A part of the reference's own day is that day.
  ['The envoy left this morning.', [day('2025-05-15', true, sp(15, 'this morning'))]],
  ['The envoy will leave this evening.', [day('2025-05-15', true, sp(21, 'this evening'))]],
  ['Fighting eased in March.', [{ from: '2025-03-01', to: '2025-03-31', granularity: 'month', relative: true, span: sp(18, 'March') }]],
  ['Prices rose last week.', [{ from: '2025-05-05', to: '2025-05-11', granularity: 'day', relative: true, span: sp(12, 'last week') }]],
  ['Output fell last month.', [{ from: '2025-04-01', to: '2025-04-30', granularity: 'month', relative: true, span: sp(12, 'last month') }]],
  ['The pact was signed in 2024.', [{ from: '2024-01-01', to: '2024-12-31', granularity: 'year', relative: false, span: sp(23, '2024') }]],
  ['Exports rose in May 2025 and again at 3 pm on Friday.', [
    { from: '2025-05-01', to: '2025-05-31', granularity: 'month', relative: false, span: sp(16, 'May 2025') },
    { from: '2025-05-09', to: '2025-05-09', granularity: 'time', relative: true, span: sp(38, '3 pm on Friday') },
  ]],
  ['Talks ran from May 5 to May 7, 2025 in Geneva.', [
    { from: '2025-05-05', to: '2025-05-07', granularity: 'day', relative: false, span: sp(15, 'May 5 to May 7, 2025') },
  ]],
  ['Officials met on 2025-05-14 and 16/05/2025.', [
    day('2025-05-14', false, sp(17, '2025-05-14')),
    day('2025-05-16', false, sp(32, '16/05/2025')),
  ]],
  ['The strike has lasted since the evening of May 8 at the port.', [{ ...day('2025-05-08', true, sp(43, 'May 8')), opens: 'state' }]],
  ['The ferry sank in the early hours of May 3, 2025 off the cape.', [day('2025-05-03', false, sp(37, 'May 3, 2025'))]],
  ['Crews were called on the night of Saturday, May 10 to the mill.', [day('2025-05-10', true, sp(34, 'Saturday, May 10'))]],
  ['The envoy said he would fly next Friday.', [day('2025-05-23', true, sp(28, 'next Friday'))]],
];

describe('extractTimes', () => {
  it.each(positives)('%s', (text, expected) => {
    const got = times(text);
    expect(got).toEqual(expected);
    for (const t of got) expect(TimeSchema.parse(t)).toEqual(t);
  });

  it('keeps "Sunday afternoon" as the day it names', () => {
    expect(times('The blaze started on Sunday afternoon.')).toEqual([{ ...day('2025-05-11', true, sp(21, 'Sunday afternoon')), opens: 'event' }]);
  });

  it('finds nothing in lower-case "march"/"may", counts and decades', () => {
    expect(times('Troops will march and it may rain; 2,000 people stayed for the 1990s revival.')).toEqual([]);
  });

  it('without a reference date keeps dates that state their year, and calendar dates without one as yearless', () => {
    const text = 'On Tuesday, and on May 16, the deal of May 16, 2025 held.';
    expect(extractTimes(doc(text), { start: 0, end: text.length })).toEqual([
      { ...day('2000-05-16', false, sp(19, 'May 16')), yearless: true },
      day('2025-05-16', false, sp(39, 'May 16, 2025')),
    ]);
  });

  it('takes the reference as its own calendar date whatever its offset', () => {
    expect(times('Yesterday it rained.', '2025-05-14T23:30:00-05:00')).toEqual([day('2025-05-13', true, sp(0, 'Yesterday'))]);
  });

  it('reads only inside the range, with absolute offsets', () => {
    const text = 'On May 1, 2025 it began. On May 3, 2025 it ended.';
    expect(extractTimes(doc(text), { start: 25, end: text.length }, REFERENCE)).toEqual([day('2025-05-03', false, sp(28, 'May 3, 2025'))]);
  });

  // Time is no assertion here: test/robustness/regex-safety.test.ts proves every regex free of catastrophic backtracking.
  it('reads no date in 100,000-character hostile input', () => {
    for (const hostile of ['2025 '.repeat(20_000), '1'.repeat(100_000), '"'.repeat(100_000), ' '.repeat(100_000), 'May'.repeat(33_333)]) {
      expect(times(hostile)).toEqual([]);
    }
  });
});

describe('extractTimes: what a date marks', () => {
  it.each([
    ['The mill has been idle since the evening of May 8.', 'state'],
    ['The mill has been idle since May 8.', 'state'],
    ['Riots broke out on Sunday afternoon.', 'event'],
    ['The walkout began on May 8.', 'event'],
    ['The mill was idle on May 8.', undefined],
    ['The walkout ended on May 8.', undefined],
  ])('%s → %s', (text, opens) => {
    const [time] = times(text);
    expect(time?.opens).toBe(opens);
  });
});
