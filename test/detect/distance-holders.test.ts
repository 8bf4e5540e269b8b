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

  it('a coordinated distance places what the first one places: the town, not the rebels', () => {
    expect(
      reported(
        'Reports that rebel militants are now just one mile from Dunmore came from a foundation supporting the work of a local vicar.',
        'The militants are understood to have had their advance halted by airstrikes yesterday at Carrow yesterday - a small city about 18 miles south of Lisk and 40 miles west of Dunmore.',
      ),
    ).toEqual([]);
  });

  it('one town at two coordinated distances: numeric', () => {
    expect(
      reported('Carrow, a small town 12 miles south of Lisk and 30 miles west of Dunmore, fell on Sunday.', 'Carrow, a small town 12 miles south of Lisk and 55 miles west of Dunmore, fell on Sunday.'),
    ).toEqual([{ kind: 'numeric', evidence: ['30 miles', '55 miles'] }]);
  });

  it('a named place at a distance / the rebels within a distance: no clash', () => {
    expect(reported('Soldiers clashed with rebels in Port Avel - 43 miles south of Dunmore - at the weekend.', 'The rebels are now within 10km of entering Dunmore.')).toEqual([]);
  });

  it('a particle-prefixed place name is a name: no clash with the rebels', () => {
    expect(reported('Soldiers clashed with rebels in Tell al-Rafa - 43 miles south of Dunmore - at the weekend.', 'The rebels are now within 10km of entering Dunmore.')).toEqual([]);
  });

  it('one named place at two distances: numeric', () => {
    expect(reported('Fighting raged in Port Avel, 25 miles west of Dunmore.', 'Fighting raged in Port Avel, 40 miles west of Dunmore.')).toEqual([
      { kind: 'numeric', evidence: ['25 miles', '40 miles'] },
    ]);
  });
});
