/**
 * A thing held in a state that waits for an event (lexicon/pending-states.ts: "under negotiation", "at large",
 * "missing", "in custody" …) against the act that ends that state (relate/pending-states.ts). Every sentence is
 * invented for this file; hard negatives: another holder, a past state, an ending still to come or denied, an
 * ending a year back, the state reported twice.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('a waiting state against the act that ends it', () => {
  it.each([
    ['The treaty is still under negotiation.', 'The treaty was signed on Monday.', ['under negotiation', 'signed']],
    ['The suspect remains at large.', 'The suspect was arrested on Tuesday.', ['at large', 'arrested']],
    ['The gunman is still at large.', 'Police arrested the gunman on Friday.', ['at large', 'arrested']],
    ['The contract is still under review.', 'The contract was approved by the board.', ['under review', 'approved']],
    ['The hiker is still missing.', 'The hiker was found alive on Sunday.', ['missing', 'found']],
    ['The painting remains missing.', 'The painting was recovered in a warehouse.', ['missing', 'recovered']],
    ['The union and the company are still in talks.', 'The union and the company reached a deal.', ['in talks', 'reached']],
    ['The fugitive is still on the run.', 'The fugitive was captured in the mountains.', ['on the run', 'captured']],
    ['The application is pending.', 'The application was rejected.', ['pending', 'rejected']],
    ['The journalist is in custody.', 'The journalist was freed.', ['in custody', 'freed']],
    ['The case is still under investigation.', 'The case was closed.', ['under investigation', 'closed']],
    ['The senator is under investigation.', 'The senator was cleared by the ethics panel.', ['under investigation', 'cleared']],
  ])('%s / %s: status', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it('keeps the pair order in the evidence when the ending comes first', () => {
    expect(alertsWithEvidence('The fugitive was captured in the mountains.', 'The fugitive is still on the run.')).toEqual([
      { kind: 'status', band: MEDIUM_PLUS, evidence: ['captured', 'on the run'] },
    ]);
  });

  it.each([
    ['another holder', 'The gunman is still at large.', 'Police arrested a second gunman on Friday.'],
    ["another holder's kin", 'The journalist is in custody.', "The journalist's brother was freed."],
    ['another thing of the kind', 'The painting remains missing.', 'A different painting was recovered in a warehouse.'],
    ['a past state (a sequence)', 'The gunman was at large for a week.', 'Police arrested the gunman on Friday.'],
    ['the state ended in the claim itself', 'The gunman is no longer at large.', 'Police arrested the gunman on Friday.'],
    ['an ending still to come', 'The gunman is still at large.', 'Police will arrest the gunman soon, the mayor said.'],
    ['an ending hoped for', 'The gunman is still at large.', 'Police hope to arrest the gunman soon.'],
    ['an ending that may come', 'The treaty is still under negotiation.', 'The treaty may be signed next week.'],
    ['an ending denied', 'The permit application is under consideration.', 'The permit application was not denied.'],
    ['an ending a year back', 'The two parties are in negotiations.', 'The two parties signed an agreement in 2015.'],
    ['an ending years back', 'The senator is under investigation.', 'The senator was cleared in a case two years ago.'],
    ['the state reported twice', 'The suspect remains at large.', 'The suspect remains at large, police said.'],
    ['an act that is no ending', 'The hiker is still missing.', 'Volunteers are searching for the missing hiker.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});

describe('a decision still to come against the decision made', () => {
  it('A decision on the merger is expected next month / The regulator blocked the merger: status', () => {
    expect(alertsWithEvidence('A decision on the merger is expected next month.', 'The regulator blocked the merger.')).toEqual([
      { kind: 'status', band: MEDIUM_PLUS, evidence: ['expected', 'blocked'] },
    ]);
  });

  it.each([
    ['another thing decided', 'A decision on the merger is expected next month.', 'The regulator blocked a different merger.'],
    ['a decision a year back', 'A decision on the merger is expected next month.', 'The regulator approved the merger last year.'],
    ['the expectation reported twice', 'A decision on the merger is expected next month.', 'The regulator said a decision on the merger is expected next month.'],
    ['a decision that may come', 'A decision on the merger is expected next month.', 'The regulator may block the merger.'],
    ['another decision', 'A decision on the merger is expected next month.', 'The shareholders approved the budget.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
