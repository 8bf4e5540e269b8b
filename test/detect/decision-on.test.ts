/**
 * A decision still awaited on a thing ("No decision has been made on the licence", "is still waiting for a decision on
 * its licence") against a verdict on that thing ("the council granted the licence"): the decision the one side awaits is
 * the one the other reports made (FrameNet Deciding → Deny_or_grant_permission), a status conflict. Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('a decision awaited on a thing against a verdict on it', () => {
  it.each([
    ['No decision has been made on the discharge licence, the council said.', 'The council granted the discharge licence last Friday.'],
    ['No decision has yet been taken on the appeal.', 'The tribunal dismissed the appeal on Monday.'],
  ])('%s / %s: status', (a, b) => {
    expect(kinds(a, b)).toEqual(['status']);
  });

  it.each([
    ['the verdict denied', 'No decision has been made on the discharge licence.', 'The council has not granted the discharge licence.'],
    ['a verdict on another thing', 'No decision has been made on the discharge licence.', 'The council granted a parking permit last Friday.'],
    ['the same wait told twice', 'No decision has been made on the discharge licence.', 'The car wash is still waiting for a decision on its discharge licence.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(kinds(a, b)).toEqual([]);
  });
});

// Still wrong: the one who waits is the decision's recipient, not its decider, and the status detector wants the two
// sides' doers to agree (or the waiting side's object to be the decider's subject).
it('a recipient waiting for a decision on its licence against the grant', () => {
  expect(kinds('The firm is still waiting for a decision on its discharge licence.', 'The council granted the firm a discharge licence last Friday.')).toEqual(['status']);
});

describe('a decision reported made by its decision verb ("has decided to close") against no decision on the thing', () => {
  it('"has decided to close the pavilion" / "no decision has been taken on the pavilion": status', () => {
    expect(kinds('The council has decided to close the pavilion on the green.', 'No decision has been taken on the pavilion, the council said.')).toEqual(['status']);
  });
  it('no conflict: no decision on another thing', () => {
    expect(kinds('The council has decided to close the pavilion on the green.', 'No decision has been taken on the library, the council said.')).toEqual([]);
  });
});
