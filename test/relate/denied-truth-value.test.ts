/**
 * "denied that her bat was doctored": a denial of a truth-value predication holds the other value (extract/denial.ts,
 * FactBank's CT- reading of a denial): the bat is said not to be doctored, which agrees with any report that it passed
 * its checks, and still clashes with a report that it was doctored. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { truthValue } from '../../src/relate/truth-value.js';

const value = (text: string) => {
  const claim = extractClaims({ id: 'd', source: { name: 'The Courier' }, text })[0]!;
  return truthValue(claim)?.value;
};

describe('a denied truth-value predication', () => {
  it('holds the other value', () => {
    expect(value('The player denied that her bat was doctored.')).toBe(true);
    expect(value('The agency denied that the photo was fake.')).toBe(true);
  });

  it('a plain predication keeps its value (hard negative)', () => {
    expect(value('The photo was doctored, the agency said.')).toBe(false);
    expect(value('The agency said the photo was not fake.')).toBe(true);
  });
});
