import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const figures = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' }).flatMap((c) => c.quantities.map((q) => [q.value, q.noun ?? null]));

describe('an age between commas after a name is no quantity (AP Stylebook "ages")', () => {
  it.each([
    ['Lena Voss, 32, sold the house.'],
    ['Mark Hall, 45, and Ana Ruiz, 38, were hurt.'],
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ['a count after a place opener', 'In Oslo, 40 people died.', [[40, 'people']]],
    ['a number between commas after a common noun', 'Of the crew, 12, including the captain, survived.', [[12, null]]],
    ['a year after a day of the month', 'The fire began on March 3, 2024, near Bergen.', []],
    ['a name with a count that has its noun', 'Lena Voss, 32 years in the job, retired.', [[32, null]]],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('an age is no count of the event', () => {
  it('"shown by Ellie Barraclough, 15." counts nothing', () => {
    const [claim] = extractClaims({ id: 'd', text: 'The hen was shown by Ellie Barraclough, 15.', source: 'Wire' });
    expect(claim?.quantities).toEqual([]);
    expect(claim?.ages?.map((a) => [a.value, a.bearer])).toEqual([[15, 'Ellie Barraclough']]);
  });
  it('a count in the same sentence stays (hard negative)', () => {
    const [claim] = extractClaims({ id: 'd', text: 'Ellie Barraclough, 15, beat 2,350 other entrants.', source: 'Wire' });
    expect(claim?.quantities.map((q) => q.value)).toEqual([2350]);
  });
});
