import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function read(text: string) {
  const p = extractClaims({ id: 'd', text }).filter((c) => c.mainClaimId === undefined)[0]!.proposition;
  return { inner: p.inner?.lemma, state: p.state };
}

describe('"decided against" an act refuses it (a negative decision, as "ruled out")', () => {
  it.each([
    ['"decided against suspending the licence"', 'Councillors decided against suspending the licence.', { inner: 'suspend', state: 'refused' }],
    ['"decided against closing the library"', 'The board decided against closing the library.', { inner: 'close', state: 'refused' }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('"voted against" takes a side in a vote and is no refusal (lexicon/side-prepositions.ts)', () => {
    expect(read('The board voted against closing the library.').state).toBe('affirmed');
  });

  it('"decided to suspend" stays affirmed', () => {
    expect(read('Councillors decided to suspend the licence.').state).toBe('affirmed');
  });
});
