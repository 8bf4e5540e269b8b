/**
 * One act said of a whole set and of part of it ("All 40 volunteers signed the petition" / "Most of the 40 volunteers signed
 * the petition"): the universal and the partial quantifiers of lexicon/quantifier-scale.ts, on the same role with one head
 * noun. Every sentence invented for this file; hard negatives: the same scope twice, two partial quantifiers, another
 * set, a bare figure without a quantifier, another act.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('all vs most: numeric', () => {
  it.each([
    ['All 40 volunteers signed the petition after the sale.', 'Most of the 40 volunteers signed the petition after the sale.', ['All 40 volunteers', 'Most of the 40 volunteers']],
    ['Every member voted for the plan.', 'Most members voted for the plan.', ['Every member', 'Most members']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['the same scope twice', 'All 40 volunteers signed the petition after the sale.', 'All the volunteers signed the petition after the sale.'],
    ['two partial quantifiers', 'Most of the volunteers signed the petition.', 'Some of the volunteers signed the petition.'],
    ['another set', 'All volunteers signed the petition.', 'Most stewards signed the petition.'],
    ['a bare figure without a quantifier', 'All 40 volunteers signed the petition after the sale.', '40 volunteers signed the petition after the sale.'],
    ['another act', 'All 40 volunteers signed the petition.', 'Most of the 40 volunteers joined the union.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
