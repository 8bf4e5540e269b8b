/**
 * A filed request as the doer speaks for those who filed it (lexicon/filing-nouns.ts, FrameNet 1.7 Request and
 * Submitting_documents). Every sentence is invented for this file; the positive keeps two rival filers an actor clash.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('a filing and its filers', () => {
  it.each([
    ['a lawsuit and the families', 'The lawsuit seeks $5 million in damages.', 'The families are seeking $5 million in damages.'],
    ['a petition and the residents', 'The petition asked the council to close the road.', 'Residents asked the council to close the road.'],
  ])('no actor clash: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'actor')).toEqual([]);
  });

  it('two rival filers still clash', () => {
    expect(alertsWithEvidence('The union filed the lawsuit on Monday.', 'The company filed the lawsuit on Monday.')).toEqual([
      { kind: 'actor', band: MEDIUM_PLUS, evidence: ['The union', 'The company'] },
    ]);
  });
});
