import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const times = (text: string, publishedAt: string) =>
  analyze({ documents: [{ id: 'a', text, publishedAt }] }).claims[0]!.times.map((t) => [t.span.text, t.from.slice(0, 10), t.to.slice(0, 10)]);

describe('a season named from the reference day: "last summer", "this spring", "next summer"', () => {
  it('"last summer" is the latest summer ended by the reference day', () => {
    expect(times('The pier reopened last summer.', '2026-06-10')).toEqual([['last summer', '2025-06-01', '2025-09-22']]);
    expect(times('The pier reopened last summer.', '2026-10-10')).toEqual([['last summer', '2026-06-01', '2026-09-22']]);
  });

  it('"this spring" is the reference year\'s; "next summer" the first not yet begun', () => {
    expect(times('The pier will reopen this spring.', '2026-02-10')).toEqual([['this spring', '2026-03-01', '2026-06-21']]);
    expect(times('The pier will reopen next summer.', '2026-06-10')).toEqual([['next summer', '2027-06-01', '2027-09-22']]);
    expect(times('The pier will reopen next summer.', '2026-02-10')).toEqual([['next summer', '2026-06-01', '2026-09-22']]);
  });

  it('after a determiner "last" orders things and places no season: "the last summer fair"', () => {
    expect(times('The last summer fair was held in 2019.', '2026-06-10').map(([text]) => text)).toEqual(['2019']);
  });

  it('"fall" stays a verb without a year: "prices fall"', () => {
    expect(times('Prices fall every autumn.', '2026-06-10')).toEqual([]);
  });

  it('a season placed last summer and a date in the spring of that year clash as one event\'s dates', () => {
    const kinds = analyze({ documents: [
      { id: 'a', text: 'The pier at Saltby reopened last summer after repairs.', publishedAt: '2026-06-10' },
      { id: 'b', text: 'The pier at Saltby reopened in March 2025 after repairs.', publishedAt: '2026-06-10' },
    ] }).conflicts.map((c) => c.kind);
    expect(kinds).toEqual(['temporal']);
  });
});
