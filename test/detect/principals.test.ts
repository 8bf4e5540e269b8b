/**
 * An agent and the principal it acts for are not rival doers (issue 15): "dealers were smuggling antiquities for the
 * Red Brigade" restates "the Red Brigade is smuggling antiquities". Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

const BRIGADE = 'A senior diplomat told the council that the Red Brigade is smuggling the antiquities of the region to fund its war.';

describe('an agent acting for a principal', () => {
  it('"dealers were smuggling antiquities for the Red Brigade": no actor clash', () => {
    expect(reported(BRIGADE, 'In March, a local paper had reported that foreign dealers were smuggling antiquities for the Red Brigade in Tarsa.')).toEqual([]);
  });

  it('"on behalf of" names the principal too', () => {
    expect(reported(BRIGADE, 'In March, a local paper had reported that foreign dealers were smuggling antiquities on behalf of the Red Brigade.')).toEqual([]);
  });

  it('dealers smuggling on their own account: actor', () => {
    expect(reported(BRIGADE, 'In March, a local paper had reported that foreign dealers were smuggling antiquities in Tarsa.')).toEqual([
      { kind: 'actor', band: 'medium', evidence: ['the Red Brigade', 'foreign dealers'] },
    ]);
  });

  it('"for" before another party keeps the clash: actor', () => {
    expect(reported(BRIGADE, 'In March, a local paper had reported that foreign dealers were smuggling antiquities for collectors in Tarsa.')).toEqual([
      { kind: 'actor', band: 'medium', evidence: ['the Red Brigade', 'foreign dealers'] },
    ]);
  });
});
