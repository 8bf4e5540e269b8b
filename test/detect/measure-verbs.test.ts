/**
 * The subject of a measure verb ("lasted", "weighs", "cost") is the thing measured, never a doer (Levin 1993, § 54):
 * two such subjects are two things, not an actor clash (issue 11). Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

/** Medium-or-high conflicts between the two documents, as kind and band (bands move with each refit: medium or high). */
const reported = reportedBetween;

describe('two things measured are no rival doers', () => {
  it.each([
    ['The tenth harbour festival lasted three days.', 'The twentieth harbour festival lasts a month.'],
    ['The Marisol cost four million euros.', 'The Estrella cost four million euros.'],
  ])('%s / %s: none', (a, b) => {
    expect(reported(a, b)).toEqual([]);
  });

  it('hard negative: one thing measured twice still clashes on the figure', () => {
    expect(reported('The harbour festival lasted three days.', 'The harbour festival lasted five days.')).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS }]);
  });

  it('hard negative: rival doers of a real act still clash', () => {
    expect(reported('Rebels burned the granary.', 'Soldiers burned the granary.')).toEqual([{ kind: 'actor', band: MEDIUM_PLUS }]);
  });
});
