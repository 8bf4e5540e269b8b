/**
 * A place after "of" that ends a phrase opened by a preposition of place is where that phrase is (extract/places.ts
 * roleBefore; Quirk et al. 1985 § 9.17): "in the canyons of southern Utah" is at Utah, as "in the city of
 * Katowice" was. Sentences invented for this file; expectations written before the first run. Hard negatives: "of"
 * after a noun with no preposition of place before it (a resident of, the president of).
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const roles = (text: string) => extractClaims({ id: 'd', text, source: 'S' })[0]!.places.map((p) => [p.name, p.role]);

describe('a place closing a locative "of" phrase', () => {
  it.each([
    ['Researchers dug in the canyons of southern Utah.', [['Utah', 'at']]],
    ['Protesters gathered in the streets of Lyon on Sunday.', [['Lyon', 'at']]],
    ['A resident of Moradabad was arrested.', [['Moradabad', 'mention']]],
    ['The president of France visited the flood zone.', [['France', 'mention']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
