/**
 * One thing given two fates that exclude each other (detect/exclusive-fates.ts, lexicon/exclusive-outcomes.ts
 * EXCLUSIVE_FATES): a post-holder who left by choice or was removed, an event called off or moved, a measure ended or
 * kept on. Every sentence is invented for this file; the hard negatives are another undergoer, one fate told in two
 * words, another measure, a fate a year back, a denied or only possible fate.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, oneClash, reportedBetween } from '../helpers/two-reports.js';

describe('two fates of one thing', () => {
  it.each([
    ['The conductor resigned from the orchestra, his agent said.', 'The orchestra fired the conductor.', 'opposition'],
    ['The board dismissed the chief executive.', 'The chief executive quit, the company said.', 'opposition'],
    ['The regatta has been cancelled, the organisers said.', 'The organisers postponed the regatta to June.', 'status'],
    ['The council revoked its ban on street parking.', 'The council extended its ban on street parking.', 'opposition'],
  ])('%s / %s', (a, b, kind) => {
    expect(reportedBetween(a, b)).toEqual(oneClash(kind));
  });

  it('shows the two verbs as evidence', () => {
    const [alert] = alertsWithEvidence('The orchestra fired the conductor.', 'The conductor resigned from the orchestra.');
    expect(alert?.evidence).toEqual(['fired', 'resigned']);
  });
});

describe('hard negatives: no clash', () => {
  it.each([
    ['The orchestra fired the conductor.', 'The orchestra’s manager resigned.'],
    ['The board dismissed the chief executive.', 'The board sacked the chief executive.'],
    ['The conductor resigned from the orchestra.', 'The conductor quit the orchestra.'],
    ['The council revoked its ban on street parking.', 'The council extended its ban on night flights.'],
    ['The conductor resigned in 2018.', 'The orchestra fired its conductor.'],
    ['The conductor did not resign.', 'The orchestra fired the conductor.'],
    ['The conductor may resign.', 'The orchestra fired the conductor.'],
    ['The regatta was postponed to June.', 'The regatta will take place in June.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
