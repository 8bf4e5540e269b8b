/**
 * A count for one day of a period is part of the period's total: it may be smaller, not larger. Every sentence
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('a day of a period', () => {
  it('a busiest day\'s count against the month\'s total is silent (part and whole, hard negative)', () => {
    expect(kinds('On its busiest day the litter crew collected 85 bags from the beach.', 'Over the month, the litter crew collected about 900 bags from the beach.')).toEqual([]);
  });
  it('a dated day\'s count against the season\'s total is silent (hard negative)', () => {
    expect(kinds('The litter crew collected 85 bags from the beach on March 3.', 'Throughout the season the litter crew collected about 900 bags from the beach.')).toEqual([]);
  });
  it('a day\'s count larger than the month\'s total still clashes', () => {
    expect(kinds('On its busiest day the litter crew collected 950 bags from the beach.', 'Over the month, the litter crew collected about 300 bags from the beach.')).toEqual(['numeric']);
  });
  it('two totals over the month still clash', () => {
    expect(kinds('Over the month, the litter crew collected about 300 bags from the beach.', 'Over the month, the litter crew collected about 900 bags from the beach.')).toEqual(['numeric']);
  });
});
