/**
 * "a"/"an" as the figure one after a bound phrase ("under an hour", "more than a year") and "half" before an article
 * ("half a million", "half an hour"); a bare article ("once a week", "a man", "lasted a year") stays no figure (issue 10).
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

const all = (text: string) => extractQuantities({ text, view: text }, { start: 0, end: text.length });
const brief = (text: string) => all(text).map((q) => ({ value: q.value, unit: q.unit, bound: q.bound, base: q.base, text: q.span.text }));

describe('an article as one after a bound phrase', () => {
  it.each([
    ['The ferry crossed in under an hour.', { value: 1, unit: 'hour', bound: 'at-most', base: { from: 0, to: 3600 }, text: 'under an hour' }],
    ['The talks dragged on for more than a year.', { value: 1, unit: 'year', bound: 'at-least', base: { from: 31556952, to: null }, text: 'more than a year' }],
    ['Less than a mile of track was laid.', { value: 1, unit: 'mile', bound: 'at-most', base: { from: 0, to: 1609.344 }, text: 'Less than a mile' }],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('a bare article is no figure: "once a week", "a man", "lasted a year", "after a year"', () => {
    for (const text of ['He visits once a week.', 'A man was hurt in the blast.', 'The trial lasted a year.', 'The plan was shelved after a year.']) expect(all(text)).toEqual([]);
  });
});

describe('"half" before an article', () => {
  it('"half a million people" is 500,000 people, not a million', () => {
    expect(all('Half a million people marched.').map((q) => [q.value, q.noun, q.span.text])).toEqual([[500000, 'people', 'Half a million people']]);
  });

  it('"half an hour" is 0.5 hour (1,800 s)', () => {
    expect(brief('She waited half an hour at the gate.')).toEqual([{ value: 0.5, unit: 'hour', bound: 'exact', base: { from: 1800, to: 1800 }, text: 'half an hour' }]);
  });

  it('"half the staff" and "half of the votes" are shares, not figures read here', () => {
    expect(all('Half the staff left.')).toEqual([]);
    expect(all('She won half of the votes.')).toEqual([]);
  });
});

describe('small vague amounts and "scores of"', () => {
  const counts = (text: string) => all(text).map((q) => ({ value: q.value, to: q.to, bound: q.bound, noun: q.noun, text: q.span.text }));

  it.each([
    ['Only a couple of officers were on duty.', { value: 2, to: 3, bound: 'range', noun: 'officers', text: 'a couple of officers' }],
    ['Police detained a handful of protesters.', { value: 2, to: 6, bound: 'range', noun: 'protesters', text: 'a handful of protesters' }],
    ['Scores of homes were flooded.', { value: 40, to: 399, bound: 'range', noun: 'homes', text: 'Scores of homes' }],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('"couple" and "handful" as nouns of their own are no figures', () => {
    expect(all('The couple of the year won the prize.')).toEqual([]);
    expect(all('A handful was enough for the soup.')).toEqual([]);
  });
});

describe('small vague amounts reported between two outlets', () => {
  it('"a handful of protesters" / "thousands of protesters" is a numeric clash', () => {
    expect(reportedBetween('A handful of protesters gathered outside the embassy on Sunday.', 'Thousands of protesters gathered outside the embassy on Sunday.')).toEqual(oneClash('numeric'));
  });

  it('"a handful of protesters" / "five protesters" and "a couple of officers" / "two officers" agree', () => {
    expect(reportedBetween('A handful of protesters gathered outside the embassy on Sunday.', 'Five protesters gathered outside the embassy on Sunday.')).toEqual([]);
    expect(reportedBetween('A couple of officers guarded the gate.', 'Two officers guarded the gate.')).toEqual([]);
  });
});
