/**
 * One thing said not to exist and to exist: "There was no junior category" / "A junior category was offered", "The
 * hall has no lift" / "A lift was installed in the hall" (a negated existential or "have" against a verb of creating,
 * holding, supplying or finding, lexicon/existence-verbs.ts). Every sentence invented for this file; hard negatives:
 * another thing of one kind, a verb that names no existence (proposed), another year, both sides denying, a "have"
 * whose owner the other side never names.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('does not exist vs exists: polarity', () => {
  it.each([
    ['A junior category was offered.', 'There was no junior category.', ['offered', 'was no junior category']],
    ['There were no toilets at the site.', 'Portable toilets were placed at the site.', ['were no toilets', 'placed']],
    ['The village hall has no lift.', 'A lift was installed in the village hall last year.', ['has no', 'installed']],
    ['There is no cure for the blight, the growers said.', 'Scientists found a cure for the blight.', ['is no cure', 'found']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['another thing of one kind', 'A senior category was offered.', 'There was no junior category.'],
    ['a verb that names no existence', 'Organisers proposed a junior category.', 'There was no junior category.'],
    ['another year', 'A junior category was offered in 2025.', 'There was no junior category in 2024.'],
    ['both deny', 'There was no junior category.', 'No junior category was offered this year.'],
    ['"have" of an owner the other never names', 'The village hall has no lift.', 'A lift was installed in the library.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
