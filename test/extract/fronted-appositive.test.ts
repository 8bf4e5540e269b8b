import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function all(text: string) {
  return extractClaims({ id: 'd', text }, { referenceDate: '2025-03-12' }).map((c) => ({
    main: c.mainClaimId === undefined,
    actor: c.proposition.actor?.text,
    lemma: c.proposition.predicate?.lemma,
    dates: c.times.map((t) => t.span.text),
    places: c.places.map((p) => p.name),
  }));
}

describe('a place in apposition inside a fronted phrase ("near Lyon, France,") is not the subject', () => {
  it('a fronted prepositional phrase: the actor is the noun phrase of the main clause', () => {
    const [main] = all('Since his release from prison in Oslo, Norway, last year, Erik Lind has written three books.');
    expect(main).toMatchObject({ actor: 'Erik Lind', lemma: 'write', places: ['Oslo', 'Norway'] });
  });

  it('a fronted "after" clause keeps the appositive place and its dated phrase', () => {
    expect(all('After the storm hit Tampa, Florida, on Monday, the governor declared an emergency.')).toEqual([
      { main: true, actor: 'the governor', lemma: 'declare', dates: [], places: [] },
      { main: false, actor: 'the storm', lemma: 'hit', dates: ['Monday'], places: ['Tampa', 'Florida'] },
    ]);
  });

  it('a fronted phrase with no verb of its own gives its date and places back to the main claim', () => {
    // Its event noun is also a claim of its own (src/extract/fronted-event.ts): the arrest of the main clause's subject.
    expect(all('Before his arrest near Lyon, France, in May 2010, the accountant Pavel Ruiz, 44, had worked for two banks.')).toEqual([
      { main: true, actor: 'the accountant Pavel Ruiz', lemma: 'work', dates: ['May 2010'], places: ['Lyon', 'France'] },
      { main: false, actor: undefined, lemma: 'arrest', dates: ['May 2010'], places: ['Lyon', 'France'] },
    ]);
  });
});

describe('hard negatives: names that are the subject stay the subject', () => {
  it.each([
    ['a fronted place phrase with one name', 'In Paris, Ines Moro won the race.', 'Ines Moro'],
    ['a subject with a place in apposition', 'Anna Berg, Oslo, Norway, won the race.', 'Anna Berg'],
  ])('%s', (_name, text, actor) => {
    expect(all(text)[0]!.actor).toBe(actor);
  });

  it('a list of names after a relative pronoun is no place apposition: the clause keeps its first comma', () => {
    const [main, which] = all('The main crop is rice, which is also grown in Laos, Vietnam, Burma and Nepal.');
    expect(which).toMatchObject({ main: false, lemma: 'grow', places: ['Laos'] });
    expect(main!.places).toEqual(['Vietnam', 'Burma', 'Nepal']);
  });

  it('an "after" clause that ends at its comma keeps only its own words', () => {
    const [, after] = all('Rail traffic resumed in Leipzig, after workers repaired a signal on Sunday, the operator said.');
    expect(after).toMatchObject({ actor: 'workers', lemma: 'repair', dates: ['Sunday'], places: [] });
  });
});
