/**
 * Where a thing or an activity stands, told in two shapes the readers missed: a state after a copula of persistence
 * ("will stay open", "will remain shut") takes its time frame from the copula's group, so "will stay open" / "will
 * close" is one future told two ways, not a change and its reversal in turn; and a process named by a bare noun ("Talks
 * are continuing") against an outcome that ends it said of the same noun ("The talks broke down"). Every sentence is
 * invented for this file; hard negatives: a past state against a future change, another process of one head noun, an
 * outcome a year back, the same state twice, a paraphrase.
 */
import { describe, expect, it } from 'vitest';
import { tenseFrame } from '../../src/detect/occasions.js';
import { analyze } from '../../src/api/analyze.js';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const claimOf = (text: string) => analyze({ documents: [{ id: 'a', text, source: { name: 'A' } }] }).claims[0]!;

describe('the time frame of a state after a copula of persistence', () => {
  it.each([
    ['The library will stay open.', 'future'],
    ['The library will remain closed.', 'future'],
    ['The library stayed open.', 'past'],
    ['The library remained closed.', 'past'],
    ['The library remains closed.', 'present'],
    ['The library stays open on Sundays.', 'present'],
    ['The library had remained open.', 'past-perfect'],
  ])('%s → %s', (text, frame) => {
    expect(tenseFrame(claimOf(text))).toBe(frame);
  });
});

describe('a state said to persist against its end, both in the future: status', () => {
  it.each([
    ['The library will stay open under a new trust.', 'The library will close at the end of the month.', ['open', 'close']],
    ['The pool will remain open this winter.', 'The pool will close this winter.', ['open', 'close']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['a past state, then a future change', 'The café stayed open last summer.', 'The café will close next month.'],
    ['a past state, then a change announced for next year', 'The gallery remained open during the works.', 'The gallery will close for the works next year.'],
    ['the same state twice', 'The library will stay open.', 'The library will remain open under a new trust.'],
    ['a state bounded by the change', 'The pool will stay open until October.', 'The pool will close in October.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});

describe('a process named by a bare noun, going on against an outcome that ends it: status', () => {
  it.each([
    ['Negotiations are continuing.', 'The negotiations collapsed on Friday.', ['continuing', 'collapsed']],
    ['The talks are continuing.', 'The talks broke down on Tuesday.', ['continuing', 'broke']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['talks on two matters', 'Talks on trade are continuing.', 'Talks on defence collapsed on Friday.'],
    ['an outcome a year back', 'Negotiations are continuing.', 'The negotiations collapsed last year.'],
    ['the process going on twice', 'Negotiations are continuing.', 'The negotiations are still going on.'],
    ['a negated outcome', 'Negotiations are continuing.', 'The negotiations have not collapsed.'],
    ['a hedged outcome', 'Negotiations are continuing.', 'The negotiations may collapse.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
