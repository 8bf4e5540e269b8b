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

describe('"each" after a price is a rate per one of the things the clause counts (Quirk § 6.51, floating "each")', () => {
  it('"sold at £2 a bottle" / "bottles were sold for £3 each" clash', () => {
    expect(numeric('Juice was sold at £2 a bottle, the committee said.', 'Bottles of juice were sold for £3 each, the committee said.')).toEqual([['£2', '£3']]);
  });
  it('"each" before "to" is still floating', () => {
    expect(numeric('Juice was sold at £2 a bottle, the committee said.', 'Bottles of juice were sold for £3 each to raise money for the pump house.')).toEqual([['£2', '£3']]);
  });
  it('the same price twice does not clash', () => {
    expect(numeric('Juice was sold at £2 a bottle, the committee said.', 'Bottles of juice were sold for £2 each, the committee said.')).toEqual([]);
  });
  it('a price each against a total is no clash', () => {
    expect(numeric('Tickets for the gala cost £5 each, organisers said.', 'Ticket sales for the gala raised £900, organisers said.')).toEqual([]);
  });
});
