/**
 * Figures told of two differently named occasions or bodies, neither named in the other claim, count two things: "The
 * Moorland Stages drew 95 crews" / "More than 140 crews raced at the Coastal Classic". Every sentence invented for this
 * file; the positives keep one named thing on both sides (or a name on one side only), so the counts still clash.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('figures of two named occasions: no clash', () => {
  it.each([
    ['a named subject against a name after "at"', 'The Moorland Stages drew 95 crews on Saturday.', 'More than 140 crews raced at the Coastal Classic on Saturday.'],
    ['two names after "at"', 'About 95 crews raced at the Moorland Stages on Saturday.', 'More than 140 crews raced at the Coastal Classic on Saturday.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});

describe('one named occasion on both sides, or named on one side only: numeric', () => {
  it.each([
    ['About 95 crews raced at the Moorland Stages on Saturday.', 'More than 140 crews raced at the Moorland Stages on Saturday.', ['About 95 crews', 'More than 140 crews']],
    ['The Moorland Stages drew 95 crews on Saturday.', 'More than 140 crews took part in the Moorland Stages on Saturday.', ['95 crews', 'More than 140 crews']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });
});
