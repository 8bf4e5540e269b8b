/**
 * One thing said not to exist and to exist: "There was no novice class" / "A novice class was held", "The
 * hall has no lift" / "A lift was installed in the hall" (a negated existential or "have" against a verb of creating,
 * holding, supplying or finding, lexicon/existence-verbs.ts). Every sentence invented for this file; hard negatives:
 * another thing of one kind, a verb that names no existence (proposed), another year, both sides denying, a "have"
 * whose owner the other side never names.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('does not exist vs exists: polarity', () => {
  it.each([
    ['A novice class was held.', 'There was no novice class.', ['held', 'was no novice class']],
    ['There were no toilets at the site.', 'Portable toilets were placed at the site.', ['were no toilets', 'placed']],
    ['The village hall has no lift.', 'A lift was installed in the village hall last year.', ['has no', 'installed']],
    ['There is no cure for the blight, the growers said.', 'Scientists found a cure for the blight.', ['is no cure', 'found']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['another thing of one kind', 'A masters class was held.', 'There was no novice class.'],
    ['a verb that names no existence', 'Organisers proposed a novice class.', 'There was no novice class.'],
    ['another year', 'A novice class was held in 2025.', 'There was no novice class in 2024.'],
    ['both deny', 'There was no novice class.', 'No novice class was held this year.'],
    ['"have" of an owner the other never names', 'The village hall has no lift.', 'A lift was installed in the library.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
