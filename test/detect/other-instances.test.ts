/**
 * Denials and opposites that speak of other members or other things: "no further leaks" denies only leaks beyond those
 * in view (lexicon/polarity-cues.ts ADDITIVE_AFTER_NO), "no one on board" and "people on the ground" are two groups
 * (detect/restricted-groups.ts), and one head with two complements is two things (relate/phrase-complement.ts: "its
 * ban on night flights" / "its ban on fishing"). Every sentence is invented; each hard negative has a positive twin
 * that differs only in the word that tells the two apart.
 */
import { describe, expect, it } from 'vitest';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

describe('the twins that still clash', () => {
  it.each([
    ['No leaks have been detected at the refinery.', 'A leak was found at the refinery.', 'polarity'],
    ['Nobody aboard the ferry was injured.', 'Four people aboard the ferry were injured.', 'polarity'],
    ['Enrolments at the academy rose this year.', 'Enrolments at the academy fell this year.', 'opposition'],
    ['The council lifted its ban on street parking.', 'The council extended its ban on street parking.', 'opposition'],
  ])('%s / %s', (a, b, kind) => {
    expect(reportedBetween(a, b)).toEqual(oneClash(kind));
  });
});

describe('hard negatives: other members, other groups, other things', () => {
  it.each([
    ['No further leaks have been detected at the refinery.', 'A leak was found at the refinery last week.'],
    ['No new cases have been reported in the town.', 'A case was reported in the town on Monday.'],
    ['No other passengers were hurt.', 'Two passengers were hurt.'],
    ['No one on board was injured.', 'Two people on the ground were injured.'],
    ['Enrolments to the academy rose this year.', 'Enrolments to the college fell this year.'],
    ['The council lifted its ban on street parking.', 'The council extended its ban on night flights.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
