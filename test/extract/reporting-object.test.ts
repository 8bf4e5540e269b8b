import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  // The clause's own claims; an appositive's role ("the head of the port authority") is a background claim beside them.
  extractClaims({ id: 'd', text, source: 'Wire' }).filter((c) => c.background === undefined).map((c) => ({ holder: c.attribution.holderKind, actor: c.proposition.actor?.key, lemma: c.proposition.predicate?.lemma, theme: c.proposition.theme?.key }));

describe('a reporting verb with an object and no clause is the author\'s report of the act', () => {
  it.each([
    ['"show" with an object', 'The footage shows a fox on the runway.', { holder: 'author', actor: 'footag', lemma: 'show', theme: 'fox' }],
    ['"announce" after an appositive subject', 'Omar Idris, the head of the port authority, announced a ban on night shipping.', { holder: 'author', actor: 'idri', lemma: 'announce', theme: 'ban' }],
    ['"declare" with an object', 'The governor declared a drought emergency.', { holder: 'author', actor: 'governor', lemma: 'declare', theme: 'emerg' }],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });

  it.each([
    ['a speech frame with only a prepositional phrase', 'The mayor said in a statement.'],
    ['a speech frame with only a time word', 'The mayor said on Tuesday.'],
  ])('no claim: %s: %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('a reporting verb with a clause still reports that clause', () => {
    expect(claims('The footage shows that the fox was on the runway.')).toEqual([{ holder: 'named', actor: 'fox', lemma: 'be', theme: undefined }]);
  });

  it('a relative pronoun is never the holder ("X, who said P, briefed the council")', () => {
    const got = claims('Rana Aziz, who said two wells had run dry, briefed the committee on the drought.');
    expect(got[0]).toEqual({ holder: 'author', actor: 'aziz', lemma: 'brief', theme: 'committe' });
    expect(got.every((c) => c.holder === 'author')).toBe(true);
  });
});
