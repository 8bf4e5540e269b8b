// A subject with a reduced relative before a word that can open a clause ("A man arrested after the raid remains on
// bail"): the participle modifies the noun (Quirk et al. 1985 § 17.97) and the verb after the prepositional phrase is
// the main verb, not the verb of an "after" clause with "the raid" as its subject. Invented sentences, written with
// their expected claims before the engine was run on them; scored by the gold suite's rules.
import { describe, expect, it } from 'vitest';
import { count, wrongFields, type Want } from '../helpers/wire-fields.js';

describe('a reduced relative on the subject before "after", "as", "since"', () => {
  it.each([
    ['A man arrested after the raid remains on bail, police said.', { holder: 'police', actor: 'man', predicate: 'remain' }],
    ['A woman injured after the blast is in a stable condition.', { actor: 'woman', predicate: 'be' }],
    ['Two teenagers detained after the fight will appear in court on Monday.', { actor: 'teenagers', predicate: 'appear', quantities: [count(2, null, 'teenagers')], dates: ['Monday'] }],
    ['A driver stopped since the new checks began has been fined.', { predicate: 'fine', theme: 'driver' }],
  ] as [string, Want][])('%s', (text, want) => expect(wrongFields(text, [want])).toEqual([]));
});

describe('hard negatives: a real clause after the subordinator keeps its own claim', () => {
  it('a past verb of the main clause before "after" stays the main verb', () => {
    expect(wrongFields('The crowd dispersed after the police arrived.', [
      { actor: 'crowd', predicate: 'disperse' },
      { actor: 'police', predicate: 'arrive' },
    ])).toEqual([]);
  });

  it('a main clause with an object is no reduced relative', () => {
    expect(wrongFields('The firm closed the plant after the owners sold the land.', [
      { actor: 'firm', predicate: 'close', theme: 'plant' },
      { actor: 'owners', predicate: 'sell', theme: 'land' },
    ])).toEqual([]);
  });

  it('a present verb in the "after" clause of a present main clause', () => {
    // The time clause of a habitual or future act asserts nothing of its own (future-time-clauses.test.ts).
    expect(wrongFields('The bridge closes after the last train leaves.', [{ actor: 'bridge', predicate: 'close' }])).toEqual([]);
  });
});
