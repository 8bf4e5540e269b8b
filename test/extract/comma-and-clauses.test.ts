// ", and" before a subject and a finite verb of its own joins two clauses (Quirk et al. 1985 § 13.5), also when the
// tagger misreads the second subject: an "-s" plural read as a verb before a modal ("and repairs would cost"), or a
// noun read as an adjective after its determiner ("and the suspect was arrested"). Invented sentences, written with
// their expected claims before the engine was run on them; scored by the gold suite's rules.
import { describe, expect, it } from 'vitest';
import { count, wrongFields } from '../helpers/wire-fields.js';

describe('the second clause after ", and" is a claim of its own', () => {
  it('an "-s" plural before a modal is the subject', () => {
    expect(wrongFields('A surveyor found cracked drains and a failing roof, and repairs would cost about £64,000.', [
      { actor: 'surveyor', predicate: 'find', theme: 'drains' },
      { actor: 'repairs', predicate: 'cost', quantities: [count(64_000, 'GBP', null)] },
    ])).toEqual([]);
  });

  it('a determiner and a noun the quick tagger read as an adjective are the subject', () => {
    expect(wrongFields('Police found a knife at the scene, and the suspect was arrested on Friday.', [
      { actor: 'police', predicate: 'find', theme: 'knife' },
      { predicate: 'arrest', theme: 'suspect', dates: ['Friday'] },
    ])).toEqual([]);
  });
});

describe('hard negatives: no second clause', () => {
  it('"and" between two objects of one verb', () => {
    expect(wrongFields('The council repaired the roof and the drains on Friday.', [
      { actor: 'council', predicate: 'repair', theme: 'roof', dates: ['Friday'] },
    ])).toEqual([]);
  });

  it('a coordinated plural after a bare noun ("roads and bridges")', () => {
    expect(wrongFields('The storm damaged roads, and bridges across the county.', [
      { actor: 'storm', predicate: 'damage', theme: 'roads' },
    ])).toEqual([]);
  });
});
