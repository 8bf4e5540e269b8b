/**
 * One act on opposite sides of one issue, carried by the preposition after the verb (lexicon/side-prepositions.ts:
 * Quirk et al. 1985 "for" / "against"; "in favour of", "in support of"). Every sentence is invented for this file;
 * hard negatives: two objects, counted groups on both sides of one vote, the same side twice, a denied side against
 * the other side (they agree).
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('for against against', () => {
  it.each([
    ['The senator voted for the bill.', 'The senator voted against the bill.', ['for', 'against']],
    ['The court ruled in favour of the tenants.', 'The court ruled against the tenants.', ['in favour of', 'against']],
    ['The mayor spoke in support of the new stadium.', 'The mayor spoke against the stadium plan.', ['in support of', 'against']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['two objects', 'The senator voted for the bill.', 'The senator voted against the amendment.'],
    ['counted groups on both sides of one vote', '52 senators voted for the bill.', '48 senators voted against the bill.'],
    ['the same side twice', 'The senator voted for the bill.', 'The senator voted for the bill, aides said.'],
    ['a denied side against the other side', 'The senator did not vote for the bill.', 'The senator voted against the bill.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });

  it('a side denied against the same side taken stays a polarity clash', () => {
    expect(alertsWithEvidence('The senator voted for the bill.', 'The senator did not vote for the bill.').map((c) => c.kind)).toEqual(['polarity']);
  });
});
