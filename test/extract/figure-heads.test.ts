/**
 * A figure after an article is a postdeterminer (Quirk et al. 1985 § 5.20): the word after it heads the noun phrase,
 * whatever the tagger read ("made a £5 million offer", "compiled a maximum 147 break"). Every sentence is invented for
 * this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) => {
  const p = extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-03-10' })[0]!.proposition;
  return [p.actor?.text, p.predicate?.lemma, p.theme?.text];
};

describe('the head after a figure', () => {
  it.each([
    ['The firm made a £5 million offer for the mill.', ['The firm', 'make', '£5 million offer']],
    ['Dylan Osei compiled a maximum 147 break on Sunday.', ['Dylan Osei', 'compile', 'maximum 147 break']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A plural verb after "the" and a number stays the verb when its object follows.
    ['The 27 members agree on the sanctions.', ['members', 'agree', undefined]],
    ['The £5 million offer was rejected by the board.', ['board', 'reject', 'offer']],
    ['She scored a 147 break.', ['She', 'score', '147 break']],
  ])('unchanged: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
