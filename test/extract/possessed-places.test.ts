/**
 * A name after a place's possessive and before a place noun names a part of that place (extract/places.ts
 * placeOfPossessor; the genitive of a whole and its part, Quirk et al. 1985 § 5.116): "in Mumbai's Bandra suburb" is in
 * Bandra, inside Mumbai. Sentences invented for this file; expectations written before the first run. Hard negatives:
 * a possessive before a title and a name, before a common noun, and a shop named by a local genitive.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const places = (text: string) => extractClaims({ id: 'd', text, source: 'S' })[0]!.places.map((p) => ({ name: p.name, within: p.within.includes('mumbai') || p.within.includes('kyiv') }));

describe('a part of a place named with its possessive', () => {
  it.each([
    ["Police sealed off streets in Mumbai's Bandra suburb.", [{ name: 'Mumbai', within: false }, { name: 'Bandra', within: true }]],
    ["Crowds gathered in Kyiv's Podil neighbourhood on Sunday.", [{ name: 'Kyiv', within: false }, { name: 'Podil', within: true }]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ["Spain's King Felipe toured the flood zone.", ['Spain']],
    ["Mumbai's commuters faced delays on Monday.", ['Mumbai']],
    ["He bought bread at Maureen's in Leeds.", ['Leeds']],
  ])('no part of a place: %s', (text, expected) => {
    expect(extractClaims({ id: 'd', text, source: 'S' })[0]!.places.map((p) => p.name)).toEqual(expected);
  });


  it('the district and the district within its city are one setting', () => {
    expect(alertKinds("Police sealed off streets in Mumbai's Bandra suburb on Friday.", 'Police sealed off streets in Bandra on Friday.')).toEqual([]);
  });

  it('another city is still another setting', () => {
    expect(alertKinds("Police sealed off streets in Mumbai's Bandra suburb on Friday.", 'Police sealed off streets in Pune on Friday.')).toEqual(['location']);
  });
});
