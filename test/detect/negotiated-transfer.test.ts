/**
 * A negotiation still under way against the negotiating party's transfer of a known thing (FrameNet Commerce_buy,
 * Commerce_sell, Getting, Renting, Amalgamation as the ends of Discussion). Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

describe('still negotiating / has bought', () => {
  it.each([
    ['The Kelby Museum has bought the stone.', 'The Kelby Museum is still negotiating with the farmer.'],
    ['Harrow Foods has acquired the Mill Lane bakery.', 'Harrow Foods is still negotiating with the owners of the bakery.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([{ kind: 'status', band: expect.stringMatching(/^(medium|high)$/) }]);
  });
  it.each([
    ['The Kelby Museum has bought a new display case.', 'The Kelby Museum is still negotiating with the farmer.'],
    ['The Vane Trust has bought the stone.', 'The Kelby Museum is still negotiating with the farmer.'],
    ['The Kelby Museum has bought the stone.', 'The Kelby Museum negotiated with the farmer for a month.'],
  ])('no clash (hard negative): %s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
