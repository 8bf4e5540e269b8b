/**
 * A reported state against the plain account of it, and a sequence told inside one claim. "Five people were reported
 * killed" carries its count of the dead like "five people were killed", so a different count of one death toll is a
 * numeric clash; and a claim that itself tells the other side's state before its own ("the climbers, who went missing on
 * Saturday, have been found") tells a sequence, not a clash with "were reported missing", unless the other side says
 * its state still holds ("remains closed"). Every sentence invented for this file; hard negatives: the same reported
 * count told plainly, a sequence in a relative clause, a sequence in a "since" clause, the same state twice.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween, strongestOfUndated } from '../helpers/two-reports.js';

describe('a count under a reporting passive is the count of its state', () => {
  it.each([
    ['Five people were reported killed in the blast at the depot.', 'Two people died in the blast at the depot.', ['Five people', 'Two people']],
    ['Two fishing boats were reported stolen from the harbour on Monday.', 'Three fishing boats were stolen from the harbour on Monday.', ['Two fishing boats', 'Three fishing boats']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });

  it('the same count reported and told plainly agrees', () => {
    expect(reportedBetween('Four people were reported injured in the crash on the ring road.', 'Four people were injured in the crash on the ring road.')).toEqual([]);
  });
});

describe('a claim that tells both states in turn is a sequence', () => {
  it.each([
    ['a relative clause', 'Three climbers were reported missing on Saturday.', 'Three climbers who went missing on Saturday have been found near the summit.'],
    ['a non-restrictive relative clause', 'The ferry terminal was closed.', 'The ferry terminal, which was closed in May, has reopened.'],
    ['a non-restrictive relative clause dated as the other side', 'The museum closed in 2019.', 'The museum, which closed in 2019, reopened on Saturday.'],
    ['the same state twice', 'Three climbers were reported missing on Saturday.', 'Three climbers went missing on Saturday.'],
  ])('no clash: %s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });

  it('undated reports: the sequence in the relative clause raises no medium or high alert', () => {
    const strongest = strongestOfUndated('The museum closed in 2019.', 'The museum, which closed in 2019, reopened on Saturday.');
    expect(strongest?.band ?? 'none').toMatch(/^(none|low)$/);
  });

  it('a state said to hold still against the end told with its start: status', () => {
    expect(alertsWithEvidence('The old lido is still closed.', 'The old lido reopened on Saturday, seven years after it closed in 2019.')).toEqual([
      { kind: 'status', band: MEDIUM_PLUS, evidence: ['closed', 'reopened'] },
    ]);
  });
});
