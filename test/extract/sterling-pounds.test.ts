import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const figures = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-06-09' }).flatMap((c) => c.quantities.map((q) => [q.value, q.unit ?? null, q.dimension]));

describe('"pounds" after a word of buying, selling, paying or costing is sterling, not weight', () => {
  it.each([
    ['The typewriter sold for a little under a thousand pounds.', [[1000, 'GBP', 'money']]],
    ['The repairs cost 400 pounds.', [[400, 'GBP', 'money']]],
    ['He was fined 200 pounds.', [[200, 'GBP', 'money']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    ['a weight stays a weight', 'The pumpkin weighed 1,200 pounds.', [[1200, 'lb', 'mass']]],
    ['a weight after "sold" stays a weight when nothing says price', 'The farm sold 300 pounds of honey.', [[300, 'lb', 'mass']]],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('"pounds" as the amount of a noun of price or value is sterling', () => {
  it.each([
    ['The heroin had a street value of 45 million pounds.', [[45_000_000, 'GBP', 'money']]],
    ['Police put the value of the haul at two million pounds.', [[2_000_000, 'GBP', 'money']]],
    ['The club charged an entry fee of ten pounds.', [[10, 'GBP', 'money']]],
    ['The kidnappers demanded a ransom of 50,000 pounds.', [[50_000, 'GBP', 'money']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    ['a weight lost stays a weight', 'She lost 40 pounds in a year.', [[40, 'lb', 'mass']]],
    ['a seized weight stays a weight', 'Customs seized 300 pounds of cocaine.', [[300, 'lb', 'mass']]],
    ['a value word after the figure says nothing of it', 'The 300 pounds of cocaine had no known value.', [[300, 'lb', 'mass']]],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
