import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-06-09' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text };
};

describe('an "-s" word the tagger read as a plural noun, after a singular subject and before "to" + a verb, is the verb', () => {
  it.each([
    ["The hall's committee hopes to start work on the roof in May.", { actor: "The hall's committee", lemma: 'start', theme: 'work' }],
    ['The union vows to fight the cuts.', { actor: 'The union', lemma: 'fight', theme: 'cuts' }],
  ])('%s', (text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ["after a possessive it is a noun: The firm's plans to expand were shelved.", "The firm's plans to expand were shelved.", 'shelve'],
    ['after a determiner it is a noun: Her efforts to reform the club failed.', 'Her efforts to reform the club failed.', 'fail'],
  ])('hard negative, %s', (_, text, lemma) => {
    expect(parts(text).lemma).toBe(lemma);
  });
});
