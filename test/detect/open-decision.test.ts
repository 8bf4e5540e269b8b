/**
 * A decision one report says is still to be made, naming no matter ("No decision has been taken"), against a decision
 * on a request reported as made in another report of the same story ("the licence has been revoked"): a status
 * conflict (detect/open-decision.ts; pairs from match/story-pairs.ts). Every sentence is invented for this file.
 * The same for a final decision, a decision to act ("has decided to close"), a cancelling, and a deal ("No deal has
 * been signed" / "has been sold"). Expectations were written before the first run. Hard negatives: a decision that
 * names another matter, two stories, a sale to come, a postponing, a purchase years back, a decision only possible, another decider, the same
 * open decision told twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const found = (a: string, b: string) =>
  analyzeTwoReports(a, b)
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));

const REVOKED = 'The Harbour Board has revoked the licence of the Pier Road kiosk, its owner said.';

describe('an open decision against one made', () => {
  it('"No decision has been made", its decider the speaker, against a licence revoked', () => {
    expect(found(REVOKED, 'No decision has been made, the Harbour Board said on Tuesday.')).toEqual([
      { kind: 'status', evidence: ['revoked', 'No decision has been made'] },
    ]);
  });
  it('"No decision has been taken", then another clause, against a bid turned down', () => {
    const a = 'The Kestle Trust has turned down a bid to lease the Kestle mill.';
    const b = 'No decision has been taken, and the Kestle Trust will meet again in June.';
    expect(found(a, b).map((c) => c.kind)).toEqual(['status']);
  });
});

describe('a final decision, a decision to act, a cancelling, a deal', () => {
  it.each([
    ['"No final decision" / "has decided to close"', 'No final decision has been taken, the Kestle Trust said.', 'The Kestle Trust has decided to close the mill.'],
    ['"No final decision" / "have been scrapped"', 'No final decision has been made, the Kestle Trust said.', 'The Kestle mill\u2019s late openings have been scrapped.'],
    ['"No deal has been signed" / "has been sold"', 'No deal has been signed, the Kestle Trust said.', 'The Kestle mill has been sold to the Brandling group.'],
    ['"No agreement" / "has agreed to sell"', 'No agreement has been signed, the Kestle Trust said.', 'The Kestle Trust has agreed to sell the mill.'],
  ])('%s', (_, a, b) => expect(found(a, b).map((c) => c.kind)).toEqual(['status']));

  it('a decision made in an earlier report, left open in a later one, still clashes', () => {
    const report = analyze({
      documents: [
        { id: 'a', source: { name: 'First Report' }, publishedAt: '2025-09-29', text: 'The Kestle Trust has decided to close the mill.' },
        { id: 'b', source: { name: 'Second Report' }, publishedAt: '2025-10-01', text: 'The Kestle Trust said no final decision had been taken.' },
      ],
    });
    expect(report.conflicts.filter((c) => c.band !== 'low').map((c) => c.kind)).toEqual(['status']);
  });
});

describe('hard negatives', () => {
  it.each([
    ['a sale to come', 'No deal has been signed, the Kestle Trust said.', 'Kestle mill will be sold next year.'],
    ['a decision only possible', 'No decision has been taken, the Kestle Trust said.', 'The Kestle Trust may decide to close the mill.'],
    ['a postponing is no final call', 'No final decision has been made, the Kestle Trust said.', 'The Kestle Trust has postponed the open day.'],
    ['a purchase years back', 'No agreement has yet been signed, the Kestle Trust said.', 'The Kestle Trust bought the mill in 2019.'],
  ])('%s', (_, a, b) => expect(found(a, b)).toEqual([]));

  it('a decision that names another matter', () => {
    expect(found(REVOKED, 'The Harbour Board has yet to make a decision on the new car park.')).toEqual([]);
  });
  it('reports that share no name are two stories', () => {
    expect(found('A licence was revoked on Monday.', 'No decision has been made, the Tollard council said.')).toEqual([]);
  });
  it('a decision only possible decides nothing yet', () => {
    expect(found('The Harbour Board could revoke the licence of the Pier Road kiosk.', 'The Harbour Board has yet to make a decision.')).toEqual([]);
  });
  it('another decider', () => {
    expect(found(REVOKED, 'The Pier Road traders\u2019 committee has yet to make a decision.')).toEqual([]);
  });
  it('the same open decision told twice', () => {
    expect(found('The Harbour Board has yet to make a decision.', 'No decision has been made by the Harbour Board.')).toEqual([]);
  });
});
