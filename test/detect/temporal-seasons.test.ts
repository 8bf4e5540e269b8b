/**
 * A season against a month or another season (issue 10): a season with its year is a date from the meteorological
 * start to the astronomical end. Every sentence is invented for this file; the clash has hard negatives beside it (a
 * month inside the season, the same season twice).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; band: string; evidence: string[] }[] {
  return analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a season with its year against a month', () => {
  it('"in the spring of 2019" / "in November 2019": temporal, medium or high', () => {
    // Band medium before session 21's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported('The museum reopened in the spring of 2019.', 'The museum reopened in November 2019.')).toEqual([
      { kind: 'temporal', band: expect.stringMatching(/^(medium|high)$/), evidence: ['spring of 2019', 'November 2019'] },
    ]);
  });

  it.each([
    ['a month inside the season', 'The museum reopened in May 2019.', 'The museum reopened in the spring of 2019.'],
    ['a date in the days the two readings of the season disagree on', 'The museum reopened on June 15, 2019.', 'The museum reopened in the spring of 2019.'],
    ['the same season twice', 'The museum reopened in the summer of 2019.', 'The museum reopened in the summer of 2019.'],
  ])('%s: no conflict', (_, a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});
