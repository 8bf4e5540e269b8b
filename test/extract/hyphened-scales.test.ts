/**
 * A figure written as one hyphened premodifier with a scale word ("a $5-million grant", "the 4-million-euro
 * refurbishment", "a five-million-euro project") is the same amount as its spaced form (AP Stylebook "millions,
 * billions": hyphens in compound modifiers); it was read as nothing at all (issues 10 and 11). Hard negatives: a
 * hyphened number that is no scale ("a 9-year term", "a 3-1 win") reads as before. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const read = (text: string) =>
  extractQuantities({ text, view: text }, { start: 0, end: text.length }).map((q) => [q.span.text, q.dimension, q.unit ?? null, q.base.from]);

describe('a hyphened scale reads as its spaced form', () => {
  it.each([
    ['A $5-million grant was approved.', [['$5-million', 'money', 'USD', 5_000_000]]],
    ['The 4-million-euro refurbishment ended.', [['4-million-euro', 'money', 'EUR', 4_000_000]]],
    ['A five-million-euro project began.', [['five-million-euro', 'money', 'EUR', 5_000_000]]],
    ['A 2.5-billion-dollar loan was signed.', [['2.5-billion-dollar', 'money', 'USD', 2_500_000_000]]],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('hard negatives: other hyphened numbers read as before', () => {
  it.each([
    ['She began a 9-year term.', [['9-year', 'duration', 'year', 9 * 31_556_952]]],
    ['The club won 3-1.', []],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
