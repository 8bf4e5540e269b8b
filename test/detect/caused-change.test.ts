import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-06-03' }, { id: 'b', text: b, publishedAt: '2026-06-05' }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('a change caused by a doer against the change told of the thing itself (Merriam-Webster: cut, raise, go up …)', () => {
  it.each([
    ['cut prices / prices went up', 'The roastery cut its wholesale prices by 5% in May.', 'Wholesale prices went up 5% in May.'],
    ['raised fees / fees fell', 'The council raised parking fees in April.', 'Parking fees fell in April.'],
    ['went down / rose: a phrasal verb of change', 'Bus fares went down in March.', 'Bus fares rose in March.'],
  ])('%s: opposition', (_, a, b) => {
    expect(alerts(a, b)).toEqual(['opposition']);
  });

  it.each([
    ['the same fall told both ways', 'The roastery cut its wholesale prices in May.', 'Wholesale prices fell in May.'],
    ['two different things', 'The council raised parking fees in April.', 'Bus fares fell in April.'],
    ['one head with two complements', 'The scheme cut the cost of bus travel this year.', 'The scheme raised the cost of rail travel this year.'],
    ['the same rise in two phrasings', 'Bus fares went up in March.', 'Bus fares rose in March.'],
    ['"cut" without a scalar thing that changes elsewhere', 'The firm cut the ribbon at its new depot.', 'Its shares rose on Monday.'],
  ])('hard negative, %s', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
