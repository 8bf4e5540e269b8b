/**
 * A wait and what ends it, a consultation and the decision it leads to (lexicon/process-outcomes.ts WAITING_OUTCOMES,
 * "consult" among the Discussion verbs): "is still waiting for its operating permit" / "has been granted a new
 * operating permit" is one matter before and after. Every sentence invented for this file; hard negatives: an act
 * that does not end the wait (ordered), another thing granted, a wait and its end dated apart, a consultation on
 * another matter.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('still waiting / awaiting vs the awaited thing come: status', () => {
  it.each([
    ['The ferry has been granted a new operating permit.', 'The ferry is still waiting for its operating permit.', ['granted', 'still waiting']],
    ['The exam results were published on Monday.', 'Pupils are still waiting for their exam results.', ['published', 'still waiting']],
    ['Marlow Coaches has decided to close the depot.', 'Marlow Coaches is consulting on closing the depot.', ['decided', 'consulting']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['an act that does not end the wait', 'The ferry is still waiting for its operating permit.', 'A new operating permit was ordered for the ferry.'],
    ['another thing granted', 'The ferry is still waiting for its operating permit.', 'The ferry was granted a fishing licence.'],
    ['dated apart', 'The ferry was still waiting for its operating permit on Monday.', 'The ferry was granted its operating permit on Friday.'],
    ['a consultation on another matter', 'Marlow Coaches has decided to close the depot.', "Marlow Coaches is consulting staff on the depot's future."],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
