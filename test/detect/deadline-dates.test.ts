/**
 * A date after "by" or "before" bounds when an act happened ("had the water back by Friday"): an earlier date for the
 * act agrees with it, a later one does not, and "by Friday's storm" is no deadline. Every sentence is invented for
 * this file; both reports are dated Saturday 14 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

/** Medium-or-high conflicts of two reports published on 2026-03-14, as [kind, the evidence's words]. */
const conflicts = (a: string, b: string) => clashes(a, b, ['2026-03-14']);

describe('deadline dates', () => {
  it('an act dated before the deadline agrees with it (hard negatives)', () => {
    expect(conflicts(
      'Engineers reconnected the last farms to the water main by Friday, the utility said.',
      'The utility reconnected the last farms to the water main on Thursday.',
    )).toEqual([]);
    expect(conflicts(
      'The council repaired the sluice gate before Friday, a spokesman said.',
      'The sluice gate was repaired by the council on Wednesday.',
    )).toEqual([]);
  });

  it('an act dated after the deadline still clashes with it (positive)', () => {
    expect(conflicts(
      'Engineers reconnected the last farms to the water main by Wednesday, the utility said.',
      'The utility reconnected the last farms to the water main on Friday.',
    )).toEqual([['temporal', ['Wednesday', 'Friday']]]);
  });

  it('a possessive date after a by-agent is the date of the event named, not a deadline', () => {
    expect(conflicts(
      'Farms flooded by Friday\'s storm were reconnected to the water main on Tuesday, the utility said.',
      'The utility reconnected the flooded farms to the water main on Thursday.',
    ).map(([kind]) => kind)).toEqual(['temporal']);
  });
});

describe('two deadlines', () => {
  it('two different deadlines for one act clash (positive)', () => {
    expect(conflicts(
      'The ferry company must move its ticket office out of the harbour building by May 1, the port said.',
      'The ferry company has been told to move its ticket office out of the harbour building by June 1.',
    )).toEqual([['temporal', ['May 1', 'June 1']]]);
  });
});
