/**
 * A month named without its year is the nearest one on the side its clause points to: "next April" or "will reopen in
 * April" told in June is next year's; "last June" told in June is the year before's. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const times = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire', publishedAt: '2026-06-10' }).flatMap((c) => c.times.map((t) => [t.from, t.to]));

describe('months on the side the clause points to', () => {
  it.each([
    ['The fair will return next April.', '2027-04-01', '2027-04-30'],
    ['The fair will return in April.', '2027-04-01', '2027-04-30'],
    ['The pool remains closed until March 3.', '2027-03-03', '2027-03-03'],
    ['The fair returned last June.', '2025-06-01', '2025-06-30'],
  ])('%s', (text, from, to) => {
    expect(times(text)).toEqual([[from, to]]);
  });
  it.each([
    ['The fair returned in April.', '2026-04-01', '2026-04-30'],
    ['The fair will return in September.', '2026-09-01', '2026-09-30'],
    ['The fair returned in April 2024.', '2024-04-01', '2024-04-30'],
  ])('a month already on its side keeps its year (hard negative): %s', (text, from, to) => {
    expect(times(text)).toEqual([[from, to]]);
  });
});

describe('a coming event said to happen and not to happen', () => {
  const kinds = (a: string, b: string) =>
    analyze({
      documents: [
        { id: 'a', source: { name: 'First Report' }, publishedAt: '2026-06-10', text: a },
        { id: 'b', source: { name: 'Second Report' }, publishedAt: '2026-06-10', text: b },
      ],
    }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);
  it('"would return next April" / "will not return next year" is a polarity clash', () => {
    expect(kinds('Organisers said the regatta would return to Whitby next April.', 'The regatta will not return to Whitby next year, organisers said.')).toEqual(['polarity']);
  });
  it('"would return next April" / "returned in April" is no clash of those dates (hard negative)', () => {
    expect(kinds('Organisers said the regatta would return to Whitby next April.', 'The regatta returned to Whitby in April, organisers said.')).not.toContain('polarity');
  });
});
