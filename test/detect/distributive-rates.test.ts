/**
 * "Each metre of wall used about a tonne of stone": a subject with a distributive determiner (each, every; Quirk et
 * al. 1985 § 5.15) makes the claim's figure a rate per that noun, which a total never contradicts. Invented.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => evidenceOf('numeric', a, b, ['2026-06-01']);

describe('a figure per each of something', () => {
  it('does not clash with the total', () => {
    expect(numeric('Each metre of the rebuilt wall used about two tonnes of stone, the waller said.', 'The rebuilt wall used roughly 1,200 tonnes of stone, the waller said.')).toEqual([]);
    expect(numeric('Every visitor paid £6 for the tour, the trust said.', 'Visitors paid £4,800 for the tours, the trust said.')).toEqual([]);
  });

  it('two totals still clash (positive)', () => {
    expect(numeric('The rebuilt wall used 900 tonnes of stone, the waller said.', 'The rebuilt wall used 1,200 tonnes of stone, the trust said.')).toEqual([['900 tonnes', '1,200 tonnes']]);
  });
});
