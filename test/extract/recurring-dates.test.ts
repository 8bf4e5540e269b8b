/**
 * "played for every September", "sails each Monday": a date after a distributive determiner (Quirk et al. 1985 § 5.15)
 * names when an act recurs, not when this one happened. It is no date of the claim. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const dates = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-09-14' }).map((c) => c.times.map((t) => t.span.text));

describe('a date after "every" or "each"', () => {
  it('is no date of the claim', () => {
    expect(dates('The visitors won the trophy the two towns play for every September.')).toEqual([[]]);
    expect(dates('The ferry, which sails each Monday, broke down on Tuesday.')[0]).toEqual(['Tuesday']);
  });

  it('a plain date stays (hard negative)', () => {
    expect(dates('The visitors won the trophy in September.')).toEqual([['September']]);
  });
});
