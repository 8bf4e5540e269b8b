/**
 * A particle makes a new verb (Quirk et al. 1985, § 16.3): "came up with arguments" is not "came", so it does not
 * oppose "goes" (issue 15, shared words without a shared referent). Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('phrasal verbs are not their bare verbs', () => {
  it('"came up with arguments" / "goes by the name": no opposition', () => {
    expect(
      reported(
        'The woman, who goes by the name Vela Trine, was reportedly discovered to have faked the surgery after a tabloid obtained a police report.',
        'Factcheck.org came up with a number of intriguing arguments that could indicate Vela Trine did not actually pay for the surgery.',
      ),
    ).toEqual([]);
  });

  it('bare opposites still oppose: "closed" / "reopened"', () => {
    // Score 0.80 under session 23's refit, on the medium / high boundary: either band.
    expect(reported('The plant closed on Monday.', 'The plant reopened on Monday.')).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS, evidence: ['closed', 'reopened'] }]);
  });

  it('a phrasal verb the lexicon reads as one verb still opposes: "shut down" / "reopened"', () => {
    expect(reported('The plant shut down on Monday.', 'The plant reopened on Monday.')).toEqual([{ kind: 'opposition', band: 'medium', evidence: ['shut', 'reopened'] }]);
  });

  it('the same particle on both sides keeps the opposites: "came back" / "went back"', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported('The minister came back to the capital on Monday.', 'The minister went back to the capital on Monday.')).toEqual([
      { kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/), evidence: ['came', 'went'] },
    ]);
  });
});
