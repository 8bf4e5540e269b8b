/**
 * A state is held of its own clause's subject: "shut" in "while the reading rooms are shut" is no state of the
 * catalogue another report holds open. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

describe('states of other subjects', () => {
  it('a state of another subject in the same sentence is no rival state (hard negative)', () => {
    expect(reportedBetween(
      'The library has six staff and its online catalogue will stay open while the reading rooms are shut.',
      'The staff are still working and the online catalogue stays open.',
    )).toEqual([]);
  });
  it('a state in a relative clause on another noun is no rival state (hard negative)', () => {
    expect(reportedBetween(
      "The centre's helpline will stay open on the days its offices are shut.",
      'The helpline stays open, the centre said.',
    )).toEqual([]);
  });
  it('one subject, open against shut, still clashes', () => {
    expect(reportedBetween('The library on Mill Lane is shut this week, the council said.', 'The library on Mill Lane is open this week, the council said.')).toEqual([
      { kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/) },
    ]);
  });
  it('a state with no copula before it keeps its holder: "was left intact" / "destroyed" still clash', () => {
    expect(reportedBetween('The old pier was left intact by the storm.', 'The storm destroyed the old pier.').map((c) => c.kind)).toContain('opposition');
  });
  it('the same subject in a conjunct on both sides still clashes', () => {
    expect(reportedBetween(
      'The staff are on strike and the reading rooms are shut this week.',
      'The staff are working and the reading rooms are open this week.',
    ).map((c) => c.kind)).toContain('opposition');
  });
});
