/**
 * A part counted in one report and told as a part of the whole in another ("64 floats in Kettlebury alone" / "131
 * floats across the three towns, of which Kettlebury built 64") is no clash; two different parts still are.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, clashes, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

const WHOLE = 'Across the three towns there were 131 floats this year, our highest total, of which Kettlebury built 64.';

describe('a part told inside the whole', () => {
  it('the same part in both reports agrees (hard negative)', () => {
    expect(clashes('The Kettlebury carnival drew record crowds, with 64 floats in the village alone.', WHOLE, ['2026-08-30'])).toEqual([]);
  });
  it('a different part clashes (positive)', () => {
    expect(clashes('Kettlebury built 71 floats this year, the most of the three towns.', WHOLE, ['2026-08-30']).map(([kind]) => kind)).toEqual(['numeric']);
  });
});

// A figure with a definite "of" phrase inside its own span ("Two of the protesters arrested on Friday") counts part of
// a set the other claim may count whole; a part larger than the whole still clashes. A set not told apart by a
// participle or relative clause ("two of our players were banned") counts the same doers as "three players were
// banned". Every sentence invented for this file.
describe('a part of a set told apart by a participle or relative clause: no numeric clash', () => {
  it.each([
    ['Police arrested 12 protesters on Friday.', 'Two of the protesters arrested on Friday were charged.'],
    ['Contractors have put up 30 tents at the field.', 'The craft fair fills nine of the tents that were put up at the field.'],
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
