/**
 * A distance places one thing: "a town 30 miles west of X" and "the rebels are two miles from X" measure two
 * referents (issue 15, class "shared words without a shared referent"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; evidence: string[] }[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
}

const NEAR = 'Rebel fighters are just two miles from Dunmore, witnesses said.';

describe('distances compare only when they place the same thing', () => {
  it('a town placed 30 miles away / the rebels two miles away: no clash', () => {
    expect(reported(NEAR, 'Rebels were also fighting soldiers in a market town 30 miles west of Dunmore.')).toEqual([]);
  });

  it('the rebels two miles / eight miles from the city: numeric', () => {
    expect(reported(NEAR, 'Witnesses said rebel fighters were battling troops roughly eight miles from Dunmore.')).toEqual([
      { kind: 'numeric', evidence: ['two miles', 'roughly eight miles'] },
    ]);
  });

  it('one town placed at two distances: numeric', () => {
    expect(reported('Carrow, a market town 30 miles west of Dunmore, fell on Sunday.', 'Carrow, a market town 45 miles west of Dunmore, fell on Sunday.')).toEqual([
      { kind: 'numeric', evidence: ['30 miles', '45 miles'] },
    ]);
  });

  it('a measure "of" a substance is not a distance: rainfall totals still clash', () => {
    expect(reported('The storm dropped 40 millimetres of rain on Kelby.', 'The storm dropped 150 millimetres of rain on Kelby.')).toEqual([
      { kind: 'numeric', evidence: ['40 millimetres', '150 millimetres'] },
    ]);
  });

  it('a size is not a distance: lengths of one bridge still clash', () => {
    expect(reported('The new bridge is 400 metres long.', 'The new bridge is 900 metres long.')).toEqual([{ kind: 'numeric', evidence: ['400 metres', '900 metres'] }]);
  });
});
