import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/**
 * A bare number after a partitive "of which" / "of whom" / "of them" counts part of the earlier figure's set (head noun
 * left out by ellipsis, Quirk et al. 1985 § 12.52). Invented sentences.
 */
const counted = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }).flatMap((c) => c.quantities.map((q) => [q.span.text, q.noun]));

describe('elided counted nouns', () => {
  it('a bare number after "of which" counts the earlier noun', () => {
    expect(counted('The three towns entered 131 floats this year, of which Kettlebury built 64.')).toEqual([['three towns', 'towns'], ['131 floats', 'floats'], ['64', 'floats']]);
  });
  it('after "of whom" too', () => {
    expect(counted('The coach carried 52 pensioners, of whom 9 needed help.')).toEqual([['52 pensioners', 'pensioners'], ['9', 'pensioners']]);
  });
  it('without a partitive a bare number keeps no noun', () => {
    expect(counted('The club sold 131 tickets and the school sold 64.').map(([, noun]) => noun)).toEqual(['tickets', undefined]);
  });
  it('a partitive in another sentence part after a full stop does not reach', () => {
    expect(counted('The club sold 131 tickets. Of them, the school bought 64.').map(([, noun]) => noun)).toEqual(['tickets', undefined]);
  });
});
