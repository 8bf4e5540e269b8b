import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, predicate: p?.predicate?.span.text, negated: p?.negated, state: p?.state };
};

describe('"do" with a negator is do-support: the bare verb after it is the predicate (Quirk § 3.37)', () => {
  it.each([
    ['an intransitive verb the tagger reads as an adjective', 'The depot did not close.', { actor: 'The depot', lemma: 'close', predicate: 'close', negated: true, state: 'negated' }],
    ['a contracted negator', "The ferry line didn't close.", { actor: 'The ferry line', lemma: 'close', predicate: 'close', negated: true, state: 'negated' }],
    ['a verb that ends the sentence', 'Wages did not rise.', { actor: 'Wages', lemma: 'rise', predicate: 'rise', negated: true, state: 'negated' }],
    ['a present-tense "does not"', 'The valve does not close.', { actor: 'The valve', lemma: 'close', predicate: 'close', negated: true, state: 'negated' }],
    ['a failure verb with no complement reports the event, not a refusal', 'The lender did not fail.', { actor: 'The lender', lemma: 'fail', predicate: 'fail', negated: true, state: 'negated' }],
    ['a decline verb with no complement', 'Exports did not decline.', { actor: 'Exports', lemma: 'decline', predicate: 'decline', negated: true, state: 'negated' }],
  ])('%s: %s', (_, text, want) => {
    expect(first(text)).toEqual(want);
  });

  it.each([
    ['"do" as the main verb, with an object and no negator', 'The crew did its job.', { actor: 'The crew', lemma: 'do', predicate: 'did', negated: false, state: 'affirmed' }],
    ['a negated "do" as the main verb', 'The crew did not do its job.', { actor: 'The crew', lemma: 'do', predicate: 'do', negated: true, state: 'negated' }],
    ['a negated refusal verb with its object stays open', 'The union did not reject the offer.', { actor: 'The union', lemma: 'reject', predicate: 'reject', negated: false, state: 'pending' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(first(text)).toEqual(want);
  });
});

describe('do-support never makes a plural noun a verb', () => {
  it.each([
    ["The lender didn't shutters.", 'shutter'],
    ["The depot doesn't closures.", 'closure'],
  ])('%s', (text, noun) => {
    expect(first(text).lemma).not.toBe(noun);
  });
});
