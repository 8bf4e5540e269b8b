// A subordinate clause whose subject holds a hyphenated compound ("after an 83-year-old woman in Dereham was charged
// £740"): the tokenizer gives the compound's parts as words of their own, but the compound is one word of the subject,
// so the clause is still found within the subject's reach. Invented sentences, written with their expected claims
// before the engine was run on them; scored by the gold suite's rules.
import { describe, expect, it } from 'vitest';
import { count, wrongFields } from '../helpers/wire-fields.js';

describe('an adverbial clause with a hyphenated compound in its subject', () => {
  it('the "after" clause is a claim of its own', () => {
    expect(wrongFields('Police are appealing for witnesses after an 83-year-old woman in Dereham was robbed on Friday.', [
      { actor: 'police', predicate: 'appeal' },
      { predicate: 'rob', theme: 'woman', dates: ['Friday'], places: ['Dereham'] },
    ])).toEqual([]);
  });

  it('a money figure stays with the clause it is told in', () => {
    expect(wrongFields('The council is warning residents after a 90-year-old man in Thetford was charged £600 by a roofer.', [
      { actor: 'council', predicate: 'warn', theme: 'residents' },
      { actor: 'roofer', predicate: 'charge', theme: 'man', quantities: [count(600, 'GBP', null)], places: ['Thetford'] },
    ])).toEqual([]);
  });
});

describe('hard negative: a long noun phrase after "after" with no verb is no clause', () => {
  it('"after a two-hour delay at the Rotterdam terminal" stays a phrase of the main clause', () => {
    expect(wrongFields('The ferry left after a two-hour delay at the Rotterdam ferry terminal on Monday.', [
      { actor: 'ferry', predicate: 'leave', quantities: [count(2, 'hour', null)], dates: ['Monday'], places: ['Rotterdam'] },
    ])).toEqual([]);
  });
});
