/**
 * "In March, 2,000 people marched", "On Monday, 12 people were hurt": a comma closes a fronted time adverbial (Quirk et
 * al. 1985 § 8.21) and the figure after it opens the clause; chrono reads it as the day, hour or year of the date
 * ("March 2", "Monday at 12", "May 2040"). A date whose day or month follows the comma ("Tuesday, 12 May") or a year
 * ("in March, 2024,") is still one date. Invented sentences; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const times = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, publishedAt: '2026-04-15', text }).flatMap((c) =>
    c.times.map((t) => [t.span.text, t.from, t.to, t.granularity]),
  );
const figures = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, publishedAt: '2026-04-15', text }).flatMap((c) => c.quantities.map((q) => q.span.text));

describe('a figure after the comma of a fronted date', () => {
  it('is no part of the date', () => {
    expect(times('In March, 2,000 people marched through Harwick.')).toEqual([['March', '2026-03-01', '2026-03-31', 'month']]);
    expect(times('On Monday, 12 people were hurt in the crash.')).toEqual([['Monday', '2026-04-13', '2026-04-13', 'day']]);
    expect(times('On Friday, 3 men were arrested at the depot.')).toEqual([['Friday', '2026-04-10', '2026-04-10', 'day']]);
    expect(times('By February, 15 shops had closed on the high street.')).toEqual([['February', '2026-02-01', '2026-02-28', 'month']]);
  });

  it('still counts what follows it', () => {
    expect(figures('In March, 2,000 people marched through Harwick.')).toEqual(['2,000 people']);
    expect(figures('On Monday, 12 people were hurt in the crash.')).toEqual(['12 people']);
  });

  it('a month and a day in it no longer clash over the day chrono made of the figure', () => {
    expect(reportedBetween('In March, 2,000 people marched through Harwick against the bypass.', 'About 2,000 people marched through Harwick against the bypass on March 14.')).toEqual([]);
  });
});

describe('a date that runs on past its comma (hard negatives)', () => {
  it('a weekday with its day and month', () => {
    expect(times('On Tuesday, 12 May, the council met in Harwick.')).toEqual([['Tuesday, 12 May', '2026-05-12', '2026-05-12', 'day']]);
  });

  it('a month with its year', () => {
    expect(times('The plant closed in March, 2024, after a fire.')).toEqual([['March, 2024', '2024-03-01', '2024-03-31', 'month']]);
  });

  it('a date with its year after the day', () => {
    expect(times('The plant closed on March 3, 2024, after a fire.')).toEqual([['March 3, 2024', '2024-03-03', '2024-03-03', 'day']]);
  });
});
