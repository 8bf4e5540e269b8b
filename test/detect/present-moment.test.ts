/**
 * "now" (and "currently", "at present") dates no act: it says a state holds as the report is written, so it neither
 * clashes with a past date of another report nor counts as a date of its own. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const DATES: [string, string] = ['2026-04-20', '2026-04-18'];

describe('the present moment against a date', () => {
  it.each([
    ['The guild has nine looms, two of which were given by a retired weaver last year.', 'The guild, founded in 1990, now has space for all nine of its looms.'],
    ['The chapel has a new organ, which was built by a firm in Bath in 2024.', 'The chapel now has room for its organ and a choir of twelve.'],
  ])('silent: %s / %s', (a, b) => {
    expect(clashes(a, b, DATES).filter(([k]) => k === 'temporal')).toEqual([]);
  });

  it('hard negative: two past dates of one act still clash', () => {
    expect(clashes('The guild bought two looms in 2023.', 'The guild bought two looms in 2019.', DATES)).toEqual([['temporal', ['2023', '2019']]]);
  });
});
