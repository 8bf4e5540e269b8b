import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { lemma: c?.proposition.predicate?.lemma, theme: c?.proposition.theme?.text };
};

describe('a base form after a determiner and its modifiers that closes the phrase is the phrase\'s head', () => {
  it.each([
    ['"no" + an adverb of degree, clause end', 'The agency had no further comment.', 'have', 'comment'],
    ['"no" + an adjective, then a date', 'Police gave no immediate response on Monday.', 'give', 'immediate response'],
    ['an article + an adjective, clause end', 'The club sent a late reply.', 'send', 'late reply'],
  ])('%s: %s', (_, text, lemma, want) => {
    expect(read(text)).toEqual({ lemma, theme: want });
  });

  it.each([
    ['a verb after a plural noun is the verb', 'Officials said the recent floods damage crops.', 'damage', 'crops'],
    ['a verb with an object after it is the verb', 'The ministry said the new quotas curb the imports.', 'curb', 'imports'],
  ])('hard negative, %s: %s', (_, text, lemma, want) => {
    expect(read(text)).toEqual({ lemma, theme: want });
  });
});
