import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' });
  return { actor: c?.proposition.actor?.text, lemma: c?.proposition.predicate?.lemma, theme: c?.proposition.theme?.text };
};

describe('a clause-initial "-s" word before a finite verb is the plural subject, not a verb', () => {
  it.each([
    ['a regular past after it', 'Strikes ended.', { actor: 'Strikes', lemma: 'end', theme: undefined }],
    ['an irregular past after it', 'Rents fell.', { actor: 'Rents', lemma: 'fall', theme: undefined }],
    ['an adverb and "be" after it', 'Inspectors still are checking the dam.', { actor: 'Inspectors', lemma: 'check', theme: 'dam' }],
    ['a modal after it', 'Exports will rise.', { actor: 'Exports', lemma: 'rise', theme: undefined }],
    ['a regular past the tagger reads as an adjective', 'Hopes faded.', { actor: 'Hopes', lemma: 'fade', theme: undefined }],
    ['an irregular past the tagger reads as a noun', 'Tensions rose.', { actor: 'Tensions', lemma: 'rise', theme: undefined }],
    ['"still" and "be" after it', 'Engineers still are inspecting the dam.', { actor: 'Engineers', lemma: 'inspect', theme: 'dam' }],
  ])('%s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['an "-s" verb after its subject', 'The mayor plans a new bridge.', { actor: 'The mayor', lemma: 'plan', theme: 'new bridge' }],
    ['a verb before a noun object', 'Police arrested protesters.', { actor: 'Police', lemma: 'arrest', theme: 'protesters' }],
    ['an "-s" reporting verb after its subject', 'The mayor says rents fell.', { actor: 'rents', lemma: 'fall', theme: undefined }],
  ])('leaves a verb a verb: %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });
});
