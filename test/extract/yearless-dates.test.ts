import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { extractClaims } from '../../src/api/stages.js';

const timesOf = (text: string, publishedAt?: string) =>
  extractClaims({ id: 'd', source: { name: 'Desk' }, text, ...(publishedAt ? { publishedAt } : {}) })[0]!.times.map((t) => ({ text: t.span.text, from: t.from, yearless: t.yearless ?? false }));

const temporal = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'First Report' }, text: a }, { id: 'b', source: { name: 'Second Report' }, text: b }] }).conflicts.filter(
    (c) => c.kind === 'temporal' && c.band !== 'low',
  );

describe('dates without a year and without a reference date', () => {
  it('are kept as yearless, with the placeholder year 2000', () => {
    expect(timesOf('The ferry left Piraeus on Aug. 28 with 300 passengers.')).toEqual([{ text: 'Aug. 28', from: '2000-08-28', yearless: true }]);
  });

  it('resolve against the publication date when there is one', () => {
    expect(timesOf('The ferry left Piraeus on Aug. 28 with 300 passengers.', '2024-09-02')).toEqual([{ text: 'Aug. 28', from: '2024-08-28', yearless: false }]);
  });

  it('are not kept for a weekday or a relative day, which need a reference', () => {
    expect(timesOf('The ferry left Piraeus on Tuesday with 300 passengers.')).toEqual([]);
  });

  it('clash with another yearless date of the same event', () => {
    const found = temporal('The ferry left Piraeus on Aug. 28 with 300 passengers.', 'The ferry left Piraeus on 21 August with 300 passengers.');
    expect(found.map((c) => c.evidence.map((e) => e.span.text))).toEqual([['Aug. 28', '21 August']]);
  });

  it('agree with the same day written another way, and are not compared with a dated year', () => {
    expect(temporal('The ferry left Piraeus on Aug. 28 with 300 passengers.', 'The ferry left Piraeus on 28 August with 300 passengers.')).toEqual([]);
    expect(temporal('The ferry left Piraeus on Aug. 28 with 300 passengers.', 'The ferry left Piraeus on 21 August 2019 with 300 passengers.')).toEqual([]);
  });
});

describe('a month or date without a year in past-tense news lies behind the report', () => {
  // Tuesday 13 October 2026: the January of a past act is January 2026, that of a future one January 2027.
  const OCTOBER = '2026-10-13';
  it.each([
    ['The pool closed in January.', '2026-01-01'],
    ['The fountain was switched off in January when a leak flooded the plant room.', '2026-01-01'],
    ['The shop opened on December 2 with six staff.', '2025-12-02'],
  ])('past: %s', (text, from) => {
    expect(timesOf(text, OCTOBER)[0]!.from).toBe(from);
  });

  it.each([
    ['The pool will close in January.', '2027-01-01'],
    ['The shop opens on December 2, the owners said.', '2026-12-02'],
    // A past act may set a date still to come.
    ['The vote was postponed until December 2.', '2026-12-02'],
    // The present perfect may carry a date still to come.
    ['The prefect has lifted the ban with effect from December 2.', '2026-12-02'],
    // A date before the report stays where the nearest reading put it.
    ['The pool closed in September.', '2026-09-01'],
  ])('not past, or already behind: %s', (text, from) => {
    expect(timesOf(text, OCTOBER)[0]!.from).toBe(from);
  });

  it('a switch-off in January and a switch-on this month are no clash of one date (negative)', () => {
    const found = analyze({ documents: [
      { id: 'a', source: { name: 'Town Paper' }, text: 'The fountain was switched off in January when a leak flooded the plant room.', publishedAt: OCTOBER },
      { id: 'b', source: { name: 'Council' }, text: 'The council had the fountain switched on this morning for the first time since the leak in January.', publishedAt: OCTOBER },
    ] }).conflicts.filter((c) => c.band !== 'low');
    expect(found.map((c) => c.kind)).toEqual([]);
  });
});
