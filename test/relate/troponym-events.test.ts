/**
 * An event verb and its WordNet hypernym name one act when the participants line up (issue 11): "reached Rotterdam"
 * is a way to "arrive in Rotterdam", so two dates for it clash. Sentences invented for this file; hard negatives:
 * the same date, a containing date, another ship, another port.
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

/** Medium-or-high conflicts between the two documents, as kind and band (bands move with each refit: medium or high). */
const reported = reportedBetween;
const ARRIVED = 'The freighter arrived in Rotterdam on 3 March 2004.';

describe('a troponym and its hypernym are one act for dates', () => {
  it('"arrived" / "reached" the same port on two dates: temporal', () => {
    expect(reported(ARRIVED, 'The freighter reached Rotterdam on 9 April 2004.')).toEqual([{ kind: 'temporal', band: MEDIUM_PLUS }]);
  });

  it.each([
    ['the same date', 'The freighter reached Rotterdam on 3 March 2004.'],
    ['another ship', 'The tanker reached Rotterdam on 9 April 2004.'],
    ['another port', 'The freighter reached Hamburg on 9 April 2004.'],
  ])('hard negative, %s: none', (_, b) => {
    expect(reported(ARRIVED, b)).toEqual([]);
  });

  it('hard negative: a containing date is no clash', () => {
    expect(reported('The freighter arrived in Rotterdam in March 2004.', 'The freighter reached Rotterdam on 3 March 2004.')).toEqual([]);
  });
});
