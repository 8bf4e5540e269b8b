/** WordNet 3.1 noun senses and hypernyms of counted nouns (src/relate/wordnet-nouns.ts). Words invented for this file. */
import { describe, expect, it } from 'vitest';
import { nounKinship } from '../../src/relate/wordnet-nouns.js';

describe('nounKinship', () => {
  it('a kind against its hypernym a few levels up, both ways', () => {
    expect(nounKinship('miners', 'workers')).toBe('narrower');
    expect(nounKinship('workers', 'miners')).toBe('wider');
    expect(nounKinship('trucks', 'vehicles')).toBe('narrower');
  });

  it('irregular plurals reach their singular: children are persons', () => {
    expect(nounKinship('children', 'people')).toBe('narrower');
    expect(nounKinship('women', 'person')).toBe('narrower');
  });

  it('a shared first sense is the same thing', () => {
    expect(nounKinship('physicians', 'doctors')).toBe('same');
    expect(nounKinship('truck', 'trucks')).toBe('same');
  });

  it('co-hyponyms and unrelated nouns are not related', () => {
    expect(nounKinship('doctors', 'nurses')).toBeUndefined();
    expect(nounKinship('officers', 'police')).toBeUndefined();
    expect(nounKinship('trucks', 'children')).toBeUndefined();
    expect(nounKinship('blorfs', 'workers')).toBeUndefined();
  });

  it('senses WordNet does not attest first stay apart: batch / lot, home / household', () => {
    expect(nounKinship('batches', 'lots')).toBeUndefined();
    expect(nounKinship('homes', 'households')).toBeUndefined();
  });
});
