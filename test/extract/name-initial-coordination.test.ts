/**
 * A sentence that opens with a name whose first word the tagger reads as a verb ("Mount Etna's crater …", "Mark
 * Tate's firm …") still splits at ", and" before a second clause with a subject of its own, as one opening with any
 * other subject does (extract/coordinated-clause.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => ({ predicate: c.proposition.predicate?.lemma, holder: c.attribution.holder, counts: c.quantities.map((q) => q.value) }));

describe('a name-initial sentence with two coordinated clauses', () => {
  it('splits, the figure staying with the second clause', () => {
    expect(read("Mount Etna's eastern crater began spewing lava on Monday, and volcanologists warned that the ash column could climb to 9 kilometres.")).toEqual([
      // "began spewing lava" tells the spewing (extract/gerund-complements.ts), as "began to spew" does.
      { predicate: 'spew', holder: 'The Courier', counts: [] },
      { predicate: 'climb', holder: 'volcanologists', counts: [9] },
    ]);
  });

  it('a verb opening the sentence before a lower-case word is no name (hard negative: the same split as before)', () => {
    expect(read('Lava poured from the crater on Monday, and villagers fled to the coast.').map((c) => c.predicate)).toEqual(['pour', 'flee']);
  });
});
