/**
 * "…, and just under 300 died": a numeral with its approximator may stand for the whole subject noun phrase of a
 * coordinated clause (an elliptical numeral head, Quirk et al. 1985 § 5.59 and § 6.56), which then asserts its own act
 * with its own figure. A clause-initial coordinator ("But the trust says …") is no part of the holder. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => ({ predicate: c.proposition.predicate?.lemma, holder: c.attribution.holder, counts: c.quantities.map((q) => q.value) }));

describe('a numeral subject of a coordinated clause', () => {
  it.each([
    ['Nearly 7,000 people are still waiting for a transplant, and just under 300 died last year.', [['wait', [7000]], ['die', [300]]]],
    ['Forty cars were damaged in the flood and 12 were written off.', [['damage', [40]], ['write', [12]]]],
  ])('%s', (text, want) => {
    expect(read(text).map((c) => [c.predicate, c.counts])).toEqual(want);
  });

  it('a numeral object after "and" is no subject (hard negative)', () => {
    expect(read('The club sold 40 tickets and 12 programmes.').map((c) => [c.predicate, c.counts])).toEqual([['sell', [40, 12]]]);
  });
});

describe('a closing adverbial clause leaves the coordination before it to split', () => {
  it('each conjunct keeps its own subject and figure', () => {
    expect(read('Nearly 7,000 people are still waiting, and just under 300 died before a suitable organ was found.').map((c) => [c.predicate, c.counts])).toEqual([
      ['wait', [7000]],
      ['die', [300]],
      ['find', []],
    ]);
  });
  it('without a coordination the adverbial clause alone is split (hard negative)', () => {
    expect(read('Police sealed the road before the storm hit the coast.').map((c) => c.predicate)).toEqual(['seal', 'hit']);
  });
});

describe('a clause-initial coordinator is no part of the holder', () => {
  it('"But the trust says …" is held by the trust', () => {
    expect(read('But the trust says nearly 7,000 people are still waiting for a transplant.')).toEqual([{ predicate: 'wait', holder: 'the trust', counts: [7000] }]);
  });
});
