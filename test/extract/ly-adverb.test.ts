import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { isLyAdverb } from '../../src/extract/ly-adverb.js';

const frames = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, verb: c.attribution.verb, lemma: c.proposition.predicate?.lemma }));

describe('a manner adverb between a holder and its reporting verb belongs to the verb', () => {
  it.each([
    ['The trainer flatly denied that the horse was drugged.', { holder: 'The trainer', verb: 'deny', lemma: 'drug' }],
    ['The trainer repeatedly said the horse was lame.', { holder: 'The trainer', verb: 'say', lemma: 'be' }],
  ])('%s', (text, want) => {
    expect(frames(text)).toEqual([want]);
  });

  it.each([
    ['a noun in "-ly"', 'The family said the horse was lame.', 'The family'],
    ['a name in "-ly"', 'Dara Kelly said the horse was lame.', 'Dara Kelly'],
  ])('hard negative, %s stays in the holder: %s', (_, text, holder) => {
    expect(frames(text)[0]?.holder).toBe(holder);
  });

  it('reads single words: adverbs yes; nouns, adjectives and capitalised words no', () => {
    expect(['flatly', 'publicly', 'categorically'].map(isLyAdverb)).toEqual([true, true, true]);
    expect(['family', 'ally', 'daily', 'Kelly', 'fly'].map(isLyAdverb)).toEqual([false, false, false, false, false]);
  });
});
