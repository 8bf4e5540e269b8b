/**
 * Issue 11: "will not … until DATE" focuses the negation on the time (Quirk et al. 1985, § 10.63): it dates the act
 * from DATE on. Against an affirmation of the act the dates clash or agree; the polarity does not. A plain denial still
 * clashes. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('not until a date', () => {
  it('not until June / in June: no clash', () => {
    expect(reported('The bridge will not reopen until June 2026.', 'The bridge will reopen in June 2026.')).toEqual([]);
  });

  it('not until early 2027 / in March 2027: no clash', () => {
    expect(reported('The phone will not go on sale until early 2027.', 'The phone will go on sale in March 2027.')).toEqual([]);
  });

  it('not until June / in January: temporal, not polarity', () => {
    expect(reported('The bridge will not reopen until June 2026.', 'The bridge will reopen in January 2026.')).toEqual([
      { kind: 'temporal', band: MEDIUM_PLUS, evidence: ['June 2026', 'January 2026'] },
    ]);
  });

  it('a plain denial against the act: polarity', () => {
    expect(reported('The bridge will not reopen.', 'The bridge will reopen in June 2026.').map((c) => c.kind)).toEqual(['polarity']);
  });
});
