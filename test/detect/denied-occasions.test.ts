import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Two dated reports, a day apart, so weekdays and bare dates resolve. */
function conflicts(a: string, b: string) {
  return analyze({
    documents: [
      { id: 'a', source: { name: 'Northwire', kind: 'wire' }, publishedAt: '2026-03-04', text: a },
      { id: 'b', source: { name: 'Harbor Daily', kind: 'newspaper' }, publishedAt: '2026-03-05', text: b },
    ],
  }).conflicts;
}

describe('a date that only places a denial does not date the act', () => {
  it.each([
    ['a denial on one day, the act on another', 'The two mayors did not meet on Monday.', 'The two mayors met on Tuesday.'],
    ['two denials on two days', 'The two mayors did not meet on Monday.', 'The two mayors did not meet on Tuesday.'],
    ['a denial with "never"', 'The two mayors never met on Monday.', 'The two mayors met on Tuesday.'],
    ['the same denial reported twice', 'The two mayors did not meet on Monday.', 'The two mayors did not meet on Monday, aides said.'],
  ])('%s: no conflict', (_, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });
});

describe('hard negatives: dates that still date the act', () => {
  it('both affirmed on two weekdays: temporal', () => {
    const [c] = conflicts('The two mayors met on Monday.', 'The two mayors met on Tuesday.');
    expect(c?.kind).toBe('temporal');
    expect(c?.evidence.map((e) => e.span.text)).toEqual(['Monday', 'Tuesday']);
  });

  it('"not until" bounds the act: "did not reopen until May 12" against "reopened on May 3" is temporal', () => {
    const [c] = conflicts('The bridge did not reopen until May 12, 2025.', 'The bridge reopened on May 3, 2025.');
    expect(c?.kind).toBe('temporal');
    expect(c?.evidence.map((e) => e.span.text)).toEqual(['May 12, 2025', 'May 3, 2025']);
  });

  it('"not … since" bounds the state: "has not been seen since May 8" against "was seen on May 10" still clashes', () => {
    expect(conflicts('The climber has not been seen since May 8.', 'The climber was seen on May 10.').map((c) => c.kind)).toEqual(['temporal']);
  });

  it('a verb of dismissal is an act with its own date: "sacked in March" / "dismissed in October" is temporal', () => {
    const [c] = conflicts('The club sacked its head coach in March 2021.', 'The club dismissed its head coach in October 2021.');
    expect(c?.kind).toBe('temporal');
    expect(c?.evidence.map((e) => e.span.text)).toEqual(['March 2021', 'October 2021']);
  });

  it('a denial and the act on the same day: polarity, not temporal', () => {
    expect(conflicts('The two mayors did not meet on Monday.', 'The two mayors met on Monday.').map((c) => c.kind)).toEqual(['polarity']);
  });
});
