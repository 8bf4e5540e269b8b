/**
 * A thing said to be under review, under investigation or awaiting a decision, against a report that the decision on it
 * was made: revoked, withdrawn, upheld, cancelled (status). Every sentence is invented for this file; hard negatives:
 * an outcome a year or more back, another thing decided, a negated outcome, the same pending state twice, a hedged
 * outcome.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('under review, or with no decision taken, against the decision made: status', () => {
  it.each([
    ['The licence for the harbour ferry is under review.', 'The council revoked the harbour ferry licence on Friday.', ['under review', 'revoked']],
    ["The trader's permit is under review.", "The trader's permit had been revoked.", ['under review', 'revoked']],
    ['The bursary is under review.', 'The college withdrew the bursary last week.', ['under review', 'withdrew']],
    ['The future of the regatta is under review.', 'The regatta has been cancelled for good.', ['under review', 'cancelled']],
    ['No decision has been taken on the licence.', 'The council revoked the licence on Friday.', ['No decision', 'revoked']],
    ['The complaint is still being investigated.', 'The complaint was upheld on Monday.', ['investigated', 'upheld']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['an outcome a year back', 'The licence is under review.', 'The licence was renewed last year.'],
    ['an outcome years back', 'The application is under review.', 'The application was approved in 2019.'],
    ['another thing decided', 'The licence is under review.', 'The council approved a new budget on Friday.'],
    ['a negated outcome', 'The licence is under review.', 'The licence has not been revoked.'],
    ['a hedged outcome', 'The licence is under review.', 'The licence could be revoked.'],
    ['the same pending state twice', 'The licence is under review.', 'No decision has been taken on the licence.'],
    ['another complaint', 'The complaint about noise is still being investigated.', 'A complaint about parking was upheld on Monday.'],
    ['the process begun, and under way', 'The harbour board has begun an investigation.', 'The harbour board is investigating the cause.'],
    ['the process launched, and under way', 'The trust launched a review of the bursary.', 'The trust is still reviewing the bursary.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});

describe('a bare "no decision" refers back to the matter the sentence before left open', () => {
  const underReview = 'The council says the licence for the harbour ferry is under review. A spokeswoman said no decision had been taken.';

  it('the decision claim clashes with the decision made on that matter, as the pending matter does', () => {
    const alerts = alertsWithEvidence(underReview, "The ferry operator's licence had been revoked, its owner said.");
    expect(alerts).toContainEqual({ kind: 'status', band: MEDIUM_PLUS, evidence: ['no decision', 'revoked'] });
    expect(alerts).toContainEqual({ kind: 'status', band: MEDIUM_PLUS, evidence: ['under review', 'revoked'] });
  });

  it.each([
    ['no sentence before it', 'No decision has been made.', 'The council revoked the licence on Friday.'],
    ['another matter decided', 'The council is still considering the application. No decision has been made.', 'The council approved a new budget on Friday.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });

  it('a decision that names its own matter keeps it: only the pending licence clashes', () => {
    const alerts = alertsWithEvidence('The licence is under review. No decision has been made on the budget.', 'The council revoked the licence on Friday.');
    expect(alerts.map((a) => a.evidence)).toEqual([['under review', 'revoked']]);
  });
});
