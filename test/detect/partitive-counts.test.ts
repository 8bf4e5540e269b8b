/**
 * A figure with a definite "of" phrase inside its own span ("Two of the protesters arrested on Friday") counts part of
 * a set the other claim may count whole; a part larger than the whole still clashes. A set not told apart by a
 * participle or relative clause ("two of our players were banned") counts the same doers as "three players were
 * banned". Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('a part of a set told apart by a participle or relative clause: no numeric clash', () => {
  it.each([
    ['Police arrested 12 protesters on Friday.', 'Two of the protesters arrested on Friday were charged.'],
    ['Contractors have put up 64 marquees at the showground.', 'The food hall occupies eleven of the marquees that have gone up at the showground.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});

describe('still a clash', () => {
  it('a part larger than the whole', () => {
    expect(alertsWithEvidence('Police arrested 12 protesters on Friday.', 'Fifteen of the protesters arrested on Friday were charged.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['12 protesters', 'Fifteen of the protesters'] },
    ]);
  });
  it('a partitive of a standing group counting the same act (hard negative for the part reading)', () => {
    expect(alertsWithEvidence('Three players from the team were banned for four weeks.', 'Two of our players were banned for four weeks.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['Three players', 'Two of our players'] },
    ]);
  });
});
