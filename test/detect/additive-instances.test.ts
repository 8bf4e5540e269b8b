/**
 * "The choir will also sing in Delft on Sunday": an additive adjunct on the act in a claim that names where adds one
 * more instance of the act (Quirk et al. 1985 § 8.116), so its date and place are that instance's, not rivals of the
 * other claim's. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const alerts = (a: string, b: string) => clashes(a, b, ['2026-05-28', '2026-06-16']);

describe('one more instance of the act', () => {
  it('does not clash in date with the instance in view', () => {
    expect(alerts('The Penrose choir will also sing in Delft on Sunday 14 June.', 'The Penrose choir sang in Haarlem on Saturday 13 June.')).toEqual([]);
  });

  it('two dates for one instance still clash (positive)', () => {
    expect(alerts('The Penrose choir sang in Haarlem on Sunday 14 June.', 'The Penrose choir sang in Haarlem on Saturday 13 June.')).toEqual([['temporal', ['Sunday 14 June', 'Saturday 13 June']]]);
  });

  it('an additive word elsewhere does not make another instance (hard negative)', () => {
    expect(alerts('Police also said the Penrose choir sang in Haarlem on Sunday 14 June.', 'The Penrose choir sang in Haarlem on Saturday 13 June.')).toEqual([['temporal', ['Sunday 14 June', 'Saturday 13 June']]]);
  });
});
