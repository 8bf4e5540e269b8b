import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const strongest = strongestOfUndated;

describe('a process still under way against a verb of ending on the same subject (FrameNet Cause_to_end, Process_end)', () => {
  it.each([
    ['"still burning" / "extinguished"', 'The fire is still burning.', 'The fire was extinguished.'],
    ['"ongoing" / "closed"', 'The investigation is ongoing.', 'The investigation was closed last week.'],
  ])('%s: a status conflict at medium or high', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('status');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
  });

  it.each([
    ['a dated sequence', 'The fire was still burning on Monday.', 'The fire was extinguished on Tuesday.'],
    ['the ending denied', 'The fire is still burning.', 'The fire has not been extinguished.'],
    ['another thing ended', 'The protest is still going on.', 'Police closed the road.'],
    ['another fire', 'The fire in Lyon is still burning.', 'The fire in Marseille was extinguished.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
