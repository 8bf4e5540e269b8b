import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const strongest = strongestOfUndated;

describe('counts and pending decisions in reports made at different stated times are updates', () => {
  it.each([
    ['two weekdays before the holder', 'On Monday police said 12 people were dead.', 'On Tuesday police said 40 people were dead.'],
    ['two weekdays after the verb', 'Police said Monday that 12 people were dead.', 'Police said Tuesday that 40 people were dead.'],
    ['two clock times of one day', 'At 9 a.m. officials said five people were dead.', 'At 3 p.m. officials said 12 people were dead.'],
    ['a trailing frame', 'Eight climbers were missing, rangers said Saturday.', 'Three climbers were missing, rangers said Sunday.'],
    ['a decision still pending, then taken', 'On Monday the company said it had not yet decided on the bid.', 'On Tuesday the company said it had rejected the bid.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });

  it.each([
    ['the same stated time', 'At 3 p.m. officials said 12 people were dead.', 'At 3 p.m. officials said five people were dead.'],
    ['only one report dated', 'On Monday police said 12 people were dead.', 'Police said 40 people were dead.'],
    ['the same weekday', 'Police said Monday that 12 people were dead.', 'Officials said Monday that 40 people were dead.'],
  ])('%s: still a numeric conflict at medium or high', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('numeric');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict!.score).toBeGreaterThanOrEqual(0.6);
  });

  it('an event dated differently is still a temporal conflict when the reports are dated too', () => {
    const conflict = strongest('On Monday police said the minister resigned on Friday.', 'On Tuesday police said the minister resigned on Saturday.');
    expect(conflict?.kind).toBe('temporal');
    expect(conflict?.evidence.map((e) => e.span.text)).toEqual(['Friday', 'Saturday']);
  });
});

describe('a state said to hold at two times', () => {
  it('is no temporal conflict: "were dead on Monday" / "were dead on Tuesday", "closed" / "open"', () => {
    expect(strongest('Police said 12 people were dead on Monday.', 'Police said 40 people were dead on Tuesday.')).toBeUndefined();
    expect(strongest('The museum was closed on Monday.', 'The museum was open on Tuesday.')).toBeUndefined();
  });

  it('an event, or an occasion given as the complement, still is', () => {
    expect(strongest('The meeting was on Monday.', 'The meeting was on Tuesday.')?.kind).toBe('temporal');
    expect(strongest('The bridge collapsed on Monday.', 'The bridge collapsed on Tuesday.')?.kind).toBe('temporal');
  });
});
