import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const strongest = strongestOfUndated;

describe('an event\'s start still to come against its cancellation (FrameNet Process_start)', () => {
  it.each([
    ['"will begin" / "called off"', 'The strike will begin on Monday.', 'The strike was called off.'],
    ['"is due to start" / "cancelled"', 'The strike is due to start on Monday.', 'The strike has been cancelled.'],
  ])('%s: a status conflict at medium or high', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('status');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
  });

  it.each([
    ['a start in the past, which may be called off later', 'The strike was called off on Monday.', 'The strike began in March.'],
    ['a start and an end', 'The strike began on Monday.', 'The strike ended on Friday.'],
    ['put back to a date', 'The strike will begin on Monday.', 'The strike was postponed until June 5.'],
    ['another strike', 'The rail strike was called off.', 'The bus strike began on Monday.'],
    ['another event begins', 'The strike was called off.', 'Talks to end the strike began on Monday.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
