/**
 * One thing said not to exist and to exist: "There was no novice class" / "A novice class was held", "The
 * hall has no lift" / "A lift was installed in the hall" (a negated existential or "have" against a verb of creating,
 * holding, supplying or finding, lexicon/existence-verbs.ts). Every sentence invented for this file; hard negatives:
 * another thing of one kind, a verb that names no existence (proposed), another year, both sides denying, a "have"
 * whose owner the other side never names. An event noun said not to exist denies its event: "There will be no appeal"
 * / "the club would appeal" (the noun is the verb, or WordNet's nominalisation of it: "no payment" / "paid"); hard
 * negatives: both denying, a longer noun phrase ("no appeal panel"), another day.
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

describe('an event noun said not to exist vs the event told: polarity', () => {
  it.each([
    ['The club said it would appeal against the ban.', 'The club said there would be no appeal.', ['appeal', 'be no appeal']],
    ['The insurer paid the growers in March.', 'There was no payment to the growers in March, the union said.', ['paid', 'was no payment']],
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
    ['the same event denied twice', 'The club said there would be no appeal.', 'There will be no appeal, a club spokesman said.'],
    ['a longer phrase: another thing than the event', 'The club said it would appeal against the ban.', 'The club said there would be no appeal panel this week.'],
    ['another day', 'The union said its members would strike on Monday.', 'There was no strike on Friday, the union said.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
