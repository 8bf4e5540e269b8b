/**
 * Two status readings sharpened: a decision awaited against the decision refused ("awaits the governor's signature" /
 * "vetoed"), with the waiting thing named alike on both sides; and a process still under way against an ending dated
 * a year or more back (an earlier occurrence). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('an awaited decision, made either way', () => {
  it.each([
    ['The bill awaits the governor\'s signature.', 'The governor vetoed the bill.', ['awaits', 'vetoed']],
    ['The bill awaits the governor\'s signature.', 'The governor signed the bill.', ['awaits', 'signed']],
  ])('%s / %s: status', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['another bill', 'The bill awaits the governor\'s signature.', 'The governor signed a different bill.'],
    ['a veto that might come', 'The bill awaits the governor\'s signature.', 'The governor might veto the bill.'],
    ['a veto still to come', 'The bill awaits the governor\'s signature.', 'The governor is expected to veto the bill.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});

describe('a process under way against an ending long before', () => {
  it('an undated ending still clashes', () => {
    expect(alertsWithEvidence('The strike is ongoing.', 'The strike at the port ended.').map((c) => c.kind)).toEqual(['status']);
  });

  it.each([
    ['ended last year', 'The strike is ongoing.', 'The strike at the port ended last year.'],
    ['ended years ago', 'The fire is still burning.', 'The fire was extinguished years ago.'],
    ['ended in a past year', 'The investigation is ongoing.', 'The investigation was closed in 2019.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
