/**
 * "at Sidvale Croquet Club": an unknown capitalised name that ends in an organisation's or institution's head noun
 * (club, company, school, hospital …) names the body, not a place, so it is no place of the claim. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const places = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => c.places.map((p) => p.span.text));

describe('a name headed by an organisation noun', () => {
  it('is no place', () => {
    expect(places('Two lawns at Sidvale Croquet Club were dug up overnight.')).toEqual([[]]);
  });

  it('a plain unknown name after "at" stays a place (hard negative)', () => {
    expect(places('Two lawns at Sidvale were dug up overnight.')).toEqual([['Sidvale']]);
  });
});
