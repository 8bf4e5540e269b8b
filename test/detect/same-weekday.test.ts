/**
 * Two reports of one event that name the same weekday mean the same day, even when they were published on different
 * days and so count it from different dates; a different weekday, or a calendar date, is still compared. Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

// Wednesday 23 and Sunday 20 September 2026: "on Monday" counted from each is the 28th and the 21st.
const DATES: [string, string] = ['2026-09-23', '2026-09-20'];

describe('the same weekday from two publication days', () => {
  it.each([
    ['The council will remove the sandbags on Monday.', 'Sandbags are stacked by the quay for the council to collect on Monday.'],
    ['The depot will collect the sandbags on Monday.', 'Sandbags are piled by the quay for the depot to collect on Monday.'],
  ])('silent: %s / %s', (a, b) => {
    expect(clashes(a, b, DATES)).toEqual([]);
  });

  it('a different weekday is still a temporal clash', () => {
    expect(clashes('The depot will collect the sandbags on Monday.', 'The depot will collect the sandbags on Tuesday.', DATES)).toEqual([
      ['temporal', ['Monday', 'Tuesday']],
    ]);
  });

  it('a weekday against a calendar date of another day is still a temporal clash', () => {
    expect(clashes('The depot will collect the sandbags on Monday.', 'The depot will collect the sandbags on October 14.', DATES)).toEqual([
      ['temporal', ['Monday', 'October 14']],
    ]);
  });
});
