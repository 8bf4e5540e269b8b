import { describe, expect, it } from 'vitest';
import { analyze, compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const clash = (a: string, b: string) => compareClaims(one('a', a), one('b', b));
const kindsOf = (a: string, b: string) => analyze({ documents: [{ id: 'a', text: a }, { id: 'b', text: b }] }).conflicts.map((c) => c.kind);

describe('polarity: "is not open" and "stays open" hold the one state "open"', () => {
  it('"will not be open" vs "will stay open" is polarity on the two states, whichever report comes first', () => {
    for (const [a, b] of [
      ['The library will not be open on Sunday.', 'The library will stay open on Sunday.'],
      ['The library will stay open on Sunday.', 'The library will not be open on Sunday.'],
    ] as const) {
      const c = clash(a, b);
      expect(c?.kind).toBe('polarity');
      expect(c!.evidence.map((e) => e.span.text).sort()).toEqual(['not be open', 'open']);
      expect(c!.score).toBeGreaterThanOrEqual(0.7);
      expect(kindsOf(a, b)).toEqual(['polarity']);
    }
  });

  it('"will remain free" vs "will no longer be free" is polarity', () => {
    expect(kindsOf('Entry to the gallery will remain free.', 'Entry to the gallery will no longer be free.')).toEqual(['polarity']);
  });

  it('the same state told twice is no conflict: "is open" / "will stay open", "is not free" / "will not stay free"', () => {
    expect(kindsOf('The library is open.', 'The library will stay open.')).toEqual([]);
    expect(kindsOf('Entry to the gallery is not free.', 'Entry to the gallery will not stay free.')).toEqual([]);
  });

  it('two different states are no polarity: "is free" / "is not open"', () => {
    expect(kindsOf('The library is free.', 'The library is not open.')).toEqual([]);
  });

  it('two buildings, or two days, are no conflict', () => {
    expect(kindsOf('The swimming pool will not be open on Sunday.', 'The library will stay open on Sunday.')).toEqual([]);
    expect(kindsOf('The library will not be open on Sunday.', 'The library will stay open on Monday.')).toEqual([]);
  });
});
