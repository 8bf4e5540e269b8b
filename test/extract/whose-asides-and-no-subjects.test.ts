/**
 * A "whose" relative between a holder and its verb is an aside like "who" ("Jim Treloar, whose parents opened the
 * site, said that …"; Quirk et al. 1985 § 17.22), and "but no deal had been signed" is a coordinated clause of its own
 * (the determiner "no" opens its subject). Every sentence is invented for this file; before the change the first
 * became the author's claim that Treloar opened the site, the second was lost. Hard negatives: "who" asides as before,
 * "no" inside the first clause.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ holder: c.attribution.holderKind === 'author' ? null : c.attribution.holder, predicate: c.proposition.predicate?.lemma, negated: c.proposition.negated }));

describe('asides and coordinated clauses', () => {
  it('a "whose" aside leaves the holder and its report', () => {
    expect(read('Ivo Penrose, whose parents opened the site in 1968, said on Wednesday that the talks had stalled.')).toEqual([{ holder: 'Ivo Penrose', predicate: 'stall', negated: false }]);
  });
  it('"but no deal had been signed" is a clause of its own', () => {
    expect(read('Talks were continuing but no deal had been signed.')).toEqual([
      { holder: null, predicate: 'continue', negated: false },
      { holder: null, predicate: 'sign', negated: true },
    ]);
  });
});

describe('hard negatives', () => {
  it('a "who" aside is a fact of its own about the holder', () => {
    expect(read('Ivo Penrose, who runs the site, said on Wednesday that the talks had stalled.').map((c) => c.predicate)).toEqual(['stall', 'run']);
  });
  it('"no" inside the first clause opens no second one', () => {
    expect(read('The club had no money and sold the ground.').map((c) => c.predicate)).toEqual(['have', 'sell']);
  });
});
