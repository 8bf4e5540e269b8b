/** Seasons as dates (issue 10): with a year; without one only when no reference date is given (yearless). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';

const times = (text: string, reference?: string) =>
  extractTimes({ text, view: text }, { start: 0, end: text.length }, reference).map((t) => [t.span.text, t.from, t.to, t.yearless ?? false]);

describe('seasons', () => {
  it.each([
    ['The plant reopened in the summer of 2013.', [['summer of 2013', '2013-06-01', '2013-09-22', false]]],
    ['Sales start in autumn 2014.', [['autumn 2014', '2014-09-01', '2014-12-21', false]]],
    ['The merger closes in the fall of 2014.', [['fall of 2014', '2014-09-01', '2014-12-21', false]]],
    ['It will not open until the spring.', [['spring', '2000-03-01', '2000-06-21', true]]],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it.each([
    ['Prices fall 2014 percent.', undefined],
    ['The fall of the regime came fast.', undefined],
    ['Summer is here.', undefined],
    // A dated document leaves a season without a year unresolved, as before.
    ['It will not open until the spring.', '2025-05-15'],
  ])('%s: no date', (text, reference) => {
    expect(times(text, reference)).toEqual([]);
  });
});
