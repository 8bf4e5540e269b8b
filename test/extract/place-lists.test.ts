/**
 * A list of places after a place preposition names each of them ("across Kent, Surrey and Sussex"): coordination
 * (Quirk et al. 1985 §§ 13.2, 13.21) gives every member the preposition's role. A comma alone makes no list ("in
 * Lewes, police said"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const places = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-03-10' })[0]!.places.map((p) => `${p.name}/${p.role}`);

describe('lists of places', () => {
  it('every member of "X, Y and Z" after a place preposition is a place with its role', () => {
    expect(places('Crews cleared 4,000 tonnes of debris in Kent, Surrey and Sussex.')).toEqual(['Kent/at', 'Surrey/at', 'Sussex/at']);
    expect(places('Crews cleared 4,000 tonnes of debris in Kentmere and Longsleddale.')).toEqual(['Kentmere/at', 'Longsleddale/at']);
    // "across" opens only names the gazetteer knows ("across Facebook and Instagram" names no places).
    expect(places('Farmers blocked roads across France, Spain and Italy.')).toEqual(['France/at', 'Spain/at', 'Italy/at']);
    expect(places('The ferry carried 300 cars from Ardrossan, Brodick or Lochranza this week.')).toEqual(['Ardrossan/from', 'Brodick/from', 'Lochranza/from']);
  });

  it('a fronted list before the subject', () => {
    expect(places('In Kent, Surrey and Sussex, crews cleared 4,000 tonnes of debris.')).toEqual(['Kent/at', 'Surrey/at', 'Sussex/at']);
  });

  it('a comma with no "and" or "or" makes no list (hard negatives)', () => {
    expect(places('The storm felled trees in Lewes, Harriet Moss said on Monday.')).toEqual(['Lewes/at']);
    expect(places('The storm felled trees in Lewes, Seaford Police said.')).toEqual(['Lewes/at']);
  });
});
