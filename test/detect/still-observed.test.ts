/**
 * "was closed on Saturday" / "as of Monday evening the basin was still closed": a claim that a state still holds dates
 * when it was seen holding, not when it began; a later date agrees with the other's date of the change. Invented.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';

const temporal = (a: string, b: string) => evidenceOf('temporal', a, b, ['2026-03-10']);

describe('a state seen still holding after the change', () => {
  it('agrees with the date of the change', () => {
    expect(temporal('The outdoor pool was closed on Saturday after its boiler failed, the council said.', 'As of Monday evening the outdoor pool was still closed, the council said.')).toEqual([]);
  });

  it('two dates of the change still clash (positive)', () => {
    expect(temporal('The outdoor pool was closed on Saturday after its boiler failed, the council said.', 'The outdoor pool was closed on Monday after its boiler failed, the council said.')).toEqual([['Saturday', 'Monday']]);
  });

  it('a state seen holding before the change clashes (hard negative)', () => {
    expect(temporal('The outdoor pool was closed on Monday after its boiler failed, the council said.', 'As of Saturday the outdoor pool was still closed, the council said.')).toEqual([['Monday', 'Saturday']]);
  });
});
