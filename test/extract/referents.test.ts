import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claimsOf = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, kind: c.attribution.holderKind, actor: c.proposition.actor?.text, actorKey: c.proposition.actor?.key }));

describe('pronoun holders and actors point back to the person or body named before', () => {
  it('"she said" after a sentence about a named person resolves to her', () => {
    const [, second] = claimsOf('Nadia Brandt runs the county food bank. She said demand had doubled since March.');
    expect(second).toMatchObject({ holder: 'Nadia Brandt', kind: 'named' });
  });

  it('"he told a TV station …" credits the named speaker, not the station', () => {
    const [, second] = claimsOf('Mayor Tomas Reyes spoke after the vote. He told KVRT the pool would reopen in May.');
    expect(second).toMatchObject({ holder: 'Mayor Tomas Reyes', kind: 'named', actor: 'the pool' });
  });

  it('a described speaker ("according to Dutch economist Mark Vos") is the person a later "he" stands for', () => {
    const [, , third] = claimsOf('Lina Ortiz opened the summit. According to Dutch economist Mark Vos, the euro is undervalued. He said rates would fall.');
    expect(third).toMatchObject({ holder: 'Mark Vos', kind: 'named' });
  });

  it('hard negative: an outlet with a determiner is no person ("told the Guardian")', () => {
    const [, second] = claimsOf('Mark Vos spoke to the Guardian. He said rates would fall.');
    expect(second).toMatchObject({ holder: 'Mark Vos' });
  });

  it('"they said" points back to the last body that spoke', () => {
    const [, second] = claimsOf('Firefighters said the blaze was contained. They said two homes were lost.');
    expect(second).toMatchObject({ holder: 'Firefighters' });
  });

  it('a pronoun actor in the author\'s voice takes the key of the person named before', () => {
    const [first, second] = claimsOf('Lars Eriksen chaired the panel for six years. He resigned on Friday.');
    expect(second?.actor).toBe('He');
    expect(second?.actorKey).toBe(first?.actorKey);
  });

  it('hard negative: with nobody named before, the pronoun stays unresolved', () => {
    expect(claimsOf('He said the talks had stalled.')).toEqual([{ holder: 'He', kind: 'named', actor: 'the talks', actorKey: 'talk' }]);
  });

  it('hard negative: a described group ("the council") is no person for a later "she"', () => {
    const [, second] = claimsOf('The council approved the budget. She said the vote was close.');
    expect(second?.holder).toBe('She');
  });
});

describe('"told" + addressee + a clause without "that"', () => {
  it.each([
    ['Coach Dana Whit told a local newspaper her team would appeal.', 'Coach Dana Whit', 'her team'],
    ['The governor told state lawmakers the reservoir was full.', 'The governor', 'the reservoir'],
  ])('%s', (text, holder, actor) => {
    expect(claimsOf(text)[0]).toMatchObject({ holder, actor });
  });

  it('hard negative: "told the story of …" is an act with an object, not a report', () => {
    expect(claimsOf('The film told the story of a flood.')[0]).toMatchObject({ holder: 'Wire', kind: 'author', actor: 'The film' });
  });
});

describe('a one-word name or a name with a particle is a referent for "he" and "she"', () => {
  it('a capitalised one-word subject inside its sentence names a person ("Around this time, Okafor decided")', () => {
    const claims = claimsOf('Around this time, Okafor decided to retire. He declined the award.');
    expect(claims[0]?.actorKey).toBe('okafor');
    expect(claims.at(-1)).toMatchObject({ actor: 'He', actorKey: 'okafor' });
  });

  it('a name with a lower-case particle ("Ludo van Amstel") is a full name', () => {
    const [first, second] = claimsOf('Ludo van Amstel chaired the panel for six years. He resigned on Friday.');
    // A personal name's key is its surname (extract/keys.ts).
    expect(first?.actorKey).toBe('amstel');
    expect(second).toMatchObject({ actor: 'He', actorKey: 'amstel' });
  });

  it.each([
    ['the capital that opens a sentence says nothing', 'Volunteers cleared the beach. He resigned on Friday.'],
    ['a place inside the sentence is no person', 'On Monday, Moscow rejected the plan. He resigned on Friday.'],
    ['an acronym is no personal name', 'On Monday, NATO rejected the plan. He resigned on Friday.'],
  ])('hard negative: %s', (_, text) => {
    expect(claimsOf(text).at(-1)).toMatchObject({ actor: 'He', actorKey: 'he' });
  });
});
