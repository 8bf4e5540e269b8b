import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, matchClaims, type Claim } from '../../src/index.js';
import { isPluralNoun, measuredKindOfAct, sharesMeasure, singularNoun } from '../../src/match/measure.js';
import { DEFAULT_MIN_MATCH } from '../../src/match/index.js';
import { makeClaim, quantityIn } from '../helpers/make-claim.js';

const one = (id: string, text: string, publishedAt?: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase(), ...(publishedAt ? { publishedAt } : {}) });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

const withFigure = (text: string, surface: string, fields: Parameters<typeof quantityIn>[2]) =>
  makeClaim({ text, quantities: [quantityIn(text, surface, fields)] });

const mm = (value: number, noun?: string) => ({ value, unit: 'mm', dimension: 'length', bound: 'exact' as const, base: { from: value / 1000, to: value / 1000 }, ...(noun ? { noun } : {}) });

describe('sharesMeasure: one measured thing in both claims', () => {
  it('the same dimension and the same measured noun (plural or not)', () => {
    const a = withFigure('It got 90 mm of snow.', '90 mm', mm(90, 'snow'));
    const b = withFigure('It got 40 mm of snows.', '40 mm', mm(40, 'snows'));
    expect(sharesMeasure(a, b)).toBe(true);
  });

  it.each([
    ['different substances', mm(90, 'snow'), mm(40, 'rain')],
    ['a noun on one side only', mm(90, 'snow'), mm(40)],
    ['no noun at all', mm(90), mm(40)],
  ])('not for %s', (_, x, y) => {
    expect(sharesMeasure(withFigure('It got 90 mm.', '90 mm', x), withFigure('It got 40 mm.', '40 mm', y))).toBe(false);
  });

  it('not for counts, whose nouns recur across one story', () => {
    const count = (v: number) => ({ value: v, dimension: 'count', bound: 'exact' as const, base: { from: v, to: v }, noun: 'people' });
    expect(sharesMeasure(withFigure('12 people fled.', '12 people', count(12)), withFigure('40 people fled.', '40 people', count(40)))).toBe(false);
  });

  it('not for money in two currencies', () => {
    const money = (unit: string) => ({ value: 5, unit, dimension: 'money', bound: 'exact' as const, base: { from: 5, to: 5 }, noun: 'debt' });
    expect(sharesMeasure(withFigure('5 of debt', '5', money('EUR')), withFigure('5 of debt', '5', money('USD')))).toBe(false);
  });
});

describe('a measure clash between different verbs', () => {
  const dropped = 'The storm dropped more than 90 millimetres of snow on the ski resort on 14 February 2025.';

  it('is a numeric conflict: more than 90 mm vs nearly two inches of snow', () => {
    const a = one('a', dropped);
    const b = one('b', 'The ski resort measured nearly two inches of snow on 14 February 2025.');
    expect(matchClaims(a, b)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
    const conflict = compareClaims(a, b);
    expect(conflict?.kind).toBe('numeric');
    expect(conflict?.band).toBe('medium');
  });

  it('stays silent for compatible figures: about 50 mm vs nearly two inches', () => {
    const a = one('a', 'The storm dropped about 50 millimetres of snow on the ski resort on 14 February 2025.');
    const b = one('b', 'The ski resort measured nearly two inches of snow on 14 February 2025.');
    expect(compareClaims(a, b)).toBeNull();
  });

  it('stays silent for another substance: snow vs rain', () => {
    const b = one('b', 'The ski resort measured nearly two inches of rain on 14 February 2025.');
    expect(compareClaims(one('a', dropped), b)).toBeNull();
  });

  it('stays silent for two dates: two snowfalls', () => {
    const b = one('b', 'The ski resort measured nearly two inches of snow on 20 February 2025.');
    expect(compareClaims(one('a', dropped), b)).toBeNull();
  });
});

describe('a duration written as a hyphened number word', () => {
  const sentenced = 'A court in Gdansk sentenced the smuggler to four years in prison.';

  it('clashes with a different term: four years vs a six-year term', () => {
    const conflict = compareClaims(one('a', sentenced), one('b', 'The smuggler was handed a six-year prison term by the Gdansk court.'));
    expect(conflict?.kind).toBe('numeric');
    expect(conflict?.band).toBe('medium');
    expect(conflict?.evidence.map((e) => e.span.text)).toEqual(['four years', 'six-year']);
  });

  it('agrees with the same term: four years vs a four-year term', () => {
    expect(compareClaims(one('a', sentenced), one('b', 'The smuggler was handed a four-year prison term by the Gdansk court.'))).toBeNull();
  });
});

describe('singularNoun: one crude singular for measures and actor names', () => {
  it.each([
    ['fans', 'fan'],
    ['agencies', 'agency'],
    ['officers', 'officer'],
    ['press', 'press'],
    ['police', 'police'],
  ])('%s → %s', (plural, single) => {
    expect(singularNoun(plural)).toBe(single);
  });

  it('tells a regular plural from a word ending in double s', () => {
    expect(isPluralNoun('officers')).toBe(true);
    expect(isPluralNoun('press')).toBe(false);
  });
});

describe('measuredKindOfAct: one act in a verb and its WordNet kind-of, measured on both sides', () => {
  const claim = (text: string) => one('x', text);
  it('spend / pay with sums in one currency', () => {
    expect(measuredKindOfAct(claim('Marta Lind spent $30,000 on the renovation.'), claim('Marta Lind paid $3,000 for the renovation.'))).toBe(true);
  });
  it('not for sums in two currencies, nor a term against a sum, nor the same verb twice', () => {
    expect(measuredKindOfAct(claim('Marta Lind spent 30,000 euros on the renovation.'), claim('Marta Lind paid $3,000 for the renovation.'))).toBe(false);
    expect(measuredKindOfAct(claim('Marta Lind spent three weeks on the renovation.'), claim('Marta Lind paid $3,000 for the renovation.'))).toBe(false);
    expect(measuredKindOfAct(claim('Marta Lind paid $30,000 for the renovation.'), claim('Marta Lind paid $3,000 for the renovation.'))).toBe(false);
  });
});
