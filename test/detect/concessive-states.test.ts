/**
 * A concession keeps a state ("was damaged but remains intact": Quirk et al. 1985 § 13.40), and an activity told under
 * way on both sides ("is still functioning" / "is functioning") is no decision. Every sentence is invented for this
 * file; the hard negatives are the concessions and restatements, the positives the plain clashes beside them and a
 * concession whose kept state belongs to another thing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; band: string; evidence: string[] }[] {
  return analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a state kept by a concession', () => {
  it.each([
    ['The levee is intact.', 'The levee was damaged but remains intact.'],
    ['The levee is intact.', 'The levee was damaged but is still intact.'],
    ['The gallery is open.', 'The gallery was flooded, yet it is still open.'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(reported(a, b)).toEqual([]);
  });

  it('the state conceded alone still clashes: opposition, medium', () => {
    expect(reported('The levee is intact.', 'The levee was damaged.')).toEqual([{ kind: 'opposition', band: 'medium', evidence: ['intact', 'damaged'] }]);
  });

  it('a kept state of another thing ("but the tunnel remains intact") leaves the clash', () => {
    const found = reported('The viaduct is intact.', 'The viaduct was destroyed but the tunnel remains intact.');
    expect(found.map((c) => [c.kind, c.band, c.evidence])).toEqual([['status', 'medium', ['intact', 'destroyed']]]);
  });
});

describe('one activity told under way on both sides', () => {
  it.each([
    ['The clinic is functioning.', 'The clinic is still functioning.'],
    ['The rescue teams are searching the rubble.', 'The rescue teams are still searching the rubble.'],
    ['The mill is producing flour.', 'Despite the fire, the mill is still producing flour.'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(reported(a, b)).toEqual([]);
  });

  it('an activity still under way against its end: status, medium', () => {
    expect(reported('The strike talks are still going on.', 'The strike talks ended.').map((c) => [c.kind, c.band])).toEqual([['status', 'medium']]);
  });

  it('still under way against the activity denied stays a conflict', () => {
    expect(reported('The mill is still producing flour.', 'The mill is not producing flour.').map((c) => c.kind)).toHaveLength(1);
  });
});
