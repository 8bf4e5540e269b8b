/**
 * One thing's two fates told with more around them (detect/exclusive-fates.ts): a new end date that is the act's goal
 * ("extended its ban until the end of June", relate/occasion-dates.ts), a proper name told with other detail on each
 * side, and a named occasion against "this year's race" whose organisers the other claim names. Every sentence is
 * invented; the hard negatives are another measure, another named occasion, a general noun with other detail, a
 * re-timed event that goes ahead on its new date, and a date in a year back.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, oneClash, reportedBetween } from '../helpers/two-reports.js';

describe('one undergoer, two fates, other detail around them', () => {
  it.each([
    ['The transport ministry lifted its ban on diesel imports on Monday, citing lower prices.', 'The government extended its ban on diesel imports until the end of August.', 'opposition'],
    ['The city lifted its curfew on bars on Friday.', 'The city extended its curfew on bars to the end of May.', 'opposition'],
    ['Breakfast host Lena Ostrova has resigned from Radio North after nine years.', 'Radio North fired host Lena Ostrova on Monday over remarks she made on air.', 'opposition'],
    ['Organisers of the Harbour Marathon have postponed this year\'s race to October.', 'The Harbour Marathon has been cancelled, its director said.', 'status'],
  ])('%s / %s', (a, b, kind) => {
    expect(reportedBetween(a, b)).toEqual(oneClash(kind));
  });

  it('shows the two fate verbs as evidence', () => {
    const [alert] = alertsWithEvidence('The city lifted its curfew on bars on Friday.', 'The city extended its curfew on bars to the end of May.');
    expect(alert?.evidence).toEqual(['lifted', 'extended']);
  });
});

describe('hard negatives: no clash', () => {
  it.each([
    ['The transport ministry lifted its ban on diesel imports on Monday.', 'The government extended its ban on coal imports until the end of August.'],
    ['Organisers of the Harbour Marathon have postponed this year\'s race to October.', 'The City Regatta has been cancelled, its director said.'],
    ['The coach resigned from Ajax after two seasons, the club said.', 'PSV sacked the coach on Monday after a run of defeats.'],
    ['The Harbour Marathon was postponed to October.', 'The Harbour Marathon went ahead in October.'],
    ['The city lifted its curfew on bars in 2019.', 'The city extended its curfew on bars to the end of May.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
