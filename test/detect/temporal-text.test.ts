import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

// Wednesday 14 May 2025.
const PUBLISHED = '2025-05-14T09:00:00Z';
const one = (id: string, text: string): Claim => {
  // A ", which has been burning since …" clause is a claim of its own: the one dated claim is compared.
  // "The blaze that broke out on Monday …" dates both the main claim and the relative clause's: the main one then.
  const dated = extractClaims({ id, text, source: id.toUpperCase(), publishedAt: PUBLISHED }).filter((c) => c.times.length > 0);
  const claims = dated.length > 1 ? dated.filter((c) => c.background === undefined) : dated;
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const compare = (x: string, y: string) => compareClaims(one('a', x), one('b', y));

describe('temporal: "since" a date against a day inside it or an onset', () => {
  it('"closed since Monday" holds on Tuesday: no clash with "closed on Tuesday"', () => {
    expect(compare('The bridge has been closed to lorries since Monday.', 'The bridge was closed to lorries on Tuesday.')).toBeNull();
  });

  it('"closed since May 2" vs "closed on May 6": a day inside the range is no clash', () => {
    expect(compare('The bridge has been closed to lorries since May 2.', 'The bridge was closed to lorries on May 6.')).toBeNull();
  });

  const BROKE_OUT = 'The blaze that broke out on Monday at the tyre depot has burned through 300 tonnes of rubber.';
  const since = (date: string) => `The blaze at the tyre depot, which has been burning since the morning of ${date}, has burned through 300 tonnes of rubber.`;

  it('the onset "broke out on Monday" (May 12) vs "burning since the morning of May 9" sets the two starts apart', () => {
    const c = compare(BROKE_OUT, since('May 9'));
    expect(c?.kind).toBe('temporal');
    expect(c?.band).toBe('medium');
    expect(c?.factors.find((f) => f.name === 'strength')?.value).toBe(0.7);
  });

  it('the same start, "broke out on Monday" vs "burning since the morning of May 12", is no clash', () => {
    expect(compare(BROKE_OUT, since('May 12'))).toBeNull();
  });
});
