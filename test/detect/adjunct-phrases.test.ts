/**
 * Words inside a noun's prepositional phrase belong to that noun (Quirk et al. 1985, § 17.36), not to the clause
 * (issue 15, shared words without a shared referent): "the news comes despite ongoing strikes on targets in Norland"
 * neither places the news in Norland nor leaves it pending. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

const stateOf = (text: string) => analyze({ documents: [{ id: 'd', source: { name: 'Wire' }, text }] }).claims[0]?.proposition.state;

describe('places and states of a noun in an adjunct', () => {
  it('"News comes despite … targets in Norland" / "… forces in Varland": no clash', () => {
    expect(
      reported(
        'News comes despite ongoing Western airstrikes against rebel targets in Norland.',
        'The news comes amid reports of an emerging alliance between rebel forces in Varland and the Red Front.',
      ),
    ).toEqual([]);
  });

  it('a light verb with its own place still clashes: "took place in Geneva" / "in Vienna"', () => {
    expect(reported('The summit took place in Geneva on Monday.', 'The summit took place in Vienna on Monday.')).toEqual([
      { kind: 'location', band: 'medium', evidence: ['Geneva', 'Vienna'] },
    ]);
  });

  it('a light verb\'s object placed outside any adjunct still clashes: "shows the crab off the coast of Kelby" / "of Dunmore"', () => {
    expect(reported('An aerial photograph shows a giant crab off the coast of Kelby.', 'The aerial photograph shows the giant crab off the coast of Dunmore.')).toEqual([
      // The band is the judge's chance (high after session 28's refit, medium before it): the reading is this test's.
      { kind: 'location', band: MEDIUM_PLUS, evidence: ['Kelby', 'Dunmore'] },
    ]);
  });

  it('"ongoing" after a preposition modifies its noun: the clause stays affirmed', () => {
    expect(stateOf('The port reopened despite ongoing strikes.')).toBe('affirmed');
  });

  it('"ongoing" as the predicate leaves the clause pending', () => {
    expect(stateOf('The strikes at the port are ongoing.')).toBe('pending');
  });
});
