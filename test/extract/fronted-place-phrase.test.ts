/**
 * "After 18 months behind hoardings, the spa reopened": a preposition of place that the tagger reads as an adjective
 * ("behind") still takes its noun as object, so the clause's subject is the noun phrase after the comma (Quirk et al.
 * 1985 §§ 9.15–9.30). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const actors = (text: string) => extractClaims({ id: 'd', source: { name: 'Spa News' }, text }).map((c) => c.proposition.actor?.text);

describe('a fronted phrase with a preposition of place', () => {
  it('leaves the subject after the comma', () => {
    expect(actors('After 18 months behind hoardings, the Felsenbad reopened its doors on Monday.')).toEqual(['the Felsenbad']);
    expect(actors('After a winter beneath tarpaulins, the bandstand reopened on Sunday.')).toEqual(['the bandstand']);
  });

  it('a plain fronted time phrase keeps working (hard negative)', () => {
    expect(actors('After two years of repairs, the pier reopened on Monday.')).toEqual(['the pier']);
  });
});
