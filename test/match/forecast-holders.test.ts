/**
 * A claim credited to a forecast ("according to projections published by the trust", "official forecasts show …")
 * is a forecast, like one a forecast word governs: against an account of what happened it is no clash between
 * sources. A person who forecasts ("forecasters said") can still report what happened. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const alerts = (a: string, b: string) => clashes(a, b, ['2026-03-10']);

describe('a claim credited to a forecast', () => {
  it('does not clash with the outcome', () => {
    expect(alerts('The mill should produce 900 tonnes of flour this year, according to projections published by the co-operative.', 'The mill produced 740 tonnes of flour this year, the co-operative said.')).toEqual([]);
    expect(alerts('Official forecasts show the reservoir holding 40 million litres by June.', 'The reservoir held 31 million litres in June, the water board said.')).toEqual([]);
  });

  it('two accounts of what happened still clash (positive)', () => {
    expect(alerts('The mill produced 900 tonnes of flour this year, the co-operative said.', 'The mill produced 740 tonnes of flour this year, the millers\' union said.')).toEqual([['numeric', ['900 tonnes', '740 tonnes']]]);
  });

  it('forecasters reporting what happened are no forecast (hard negative)', () => {
    expect(alerts('The storm reached the coast on Monday, forecasters said.', 'The storm reached the coast on Wednesday, the coastguard said.')).toEqual([['temporal', ['Monday', 'Wednesday']]]);
  });
});
