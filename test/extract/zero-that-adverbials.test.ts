/**
 * "The council rejected the plan when the talks ended": a noun phrase after a reporting verb, then a subordinator
 * ("when", "after", "because") is the verb's object with an adverbial clause after it (Quirk et al. 1985 § 15.17), not
 * the subject of a zero that-clause (§ 16.31), which read "the plan … ended" as what the council denied. Sentences
 * invented for this file; expectations written before the first run. Hard negatives: zero that-clauses. Also: a
 * participle aside closed by a comma before a reporting verb is no inverted frame.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S' }).find((x) => x.mainClaimId === undefined && x.background === undefined)!;
  return { holder: c.attribution.holder, actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma };
};

describe('an object and an adverbial clause after a reporting verb', () => {
  it.each([
    ['The council rejected the plan when the talks ended.', { holder: 'S', actor: 'The council', predicate: 'reject' }],
    ['The operator disputed the fine after the inspection ended.', { holder: 'S', actor: 'The operator', predicate: 'dispute' }],
    ['The union rejected the offer because the talks had stalled.', { holder: 'S', actor: 'The union', predicate: 'reject' }],
  ])('%s', (text, expected) => {
    expect(main(text)).toEqual(expected);
  });
});

describe('zero that-clauses (hard negatives)', () => {
  it.each([
    ['The council denied the plan had stalled.', { holder: 'The council', actor: 'the plan', predicate: 'stall' }],
    ['The firm admitted its vessel was not insured.', { holder: 'The firm', actor: undefined, predicate: 'insure' }],
  ])('%s', (text, expected) => {
    expect(main(text)).toEqual(expected);
  });
});

describe('a participle aside on the subject before a reporting verb', () => {
  it('is no inverted frame ("…, rejected the permit" did not make "the permit" a holder)', () => {
    expect(main('The operator, based in Leeds, rejected the permit.')).toEqual({ holder: 'S', actor: 'The operator', predicate: 'reject' });
  });

  it('an inverted frame after a participle aside still holds (hard negative)', () => {
    expect(main('The plant, built in 1960, will close next year, said the mayor.')).toEqual({ holder: 'the mayor', actor: 'The plant', predicate: 'close' });
  });
});
