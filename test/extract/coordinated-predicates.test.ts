import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function claimsOf(text: string) {
  return extractClaims({ id: 'd', text }).map((c) => ({
    main: c.mainClaimId === undefined,
    actor: c.proposition.actor?.text,
    lemma: c.proposition.predicate?.lemma,
    places: c.places.map((p) => p.name),
  }));
}

describe('coordinated predicates sharing one subject are claims of their own', () => {
  it('the second act keeps the subject and its own place', () => {
    expect(claimsOf('Officers seized the van and arrested two men in Hull.')).toEqual([
      { main: true, actor: 'Officers', lemma: 'seize', places: [] },
      { main: false, actor: 'Officers', lemma: 'arrest', places: ['Hull'] },
    ]);
  });

  it('a passive first conjunct: the subject is what the second act is about', () => {
    const claims = claimsOf('The senator was taken to a clinic in Leeds and died there two days later.');
    expect(claims).toHaveLength(2);
    expect(claims[0]).toEqual({ main: true, actor: undefined, lemma: 'take', places: ['Leeds'] });
    expect(claims[1]).toEqual({ main: false, actor: 'The senator', lemma: 'die', places: ['Leeds'] }); // "there" stands for Leeds (extract/there-places.ts)
  });

  it('after an auxiliary the subject is the noun phrase before it', () => {
    const claims = claimsOf('Police say they have detained the driver and released his passenger.');
    expect(claims.map((c) => [c.actor, c.lemma])).toEqual([['they', 'detain'], ['they', 'release']]);
  });
});

describe('coordination that is not two asserted acts stays one claim', () => {
  it.each([
    ['two verbs sharing one object', 'The company bought and sold 40 ships in 2010.'],
    ['coordination inside a relative clause on the subject', 'The gunman who fled and hid in a barn was arrested.'],
    ['a disjunction asserts neither act', 'The board will resign or sell the club by May.'],
    ['coordinated objects, no second verb', 'The storm damaged roads and bridges in Kent.'],
    ['a negated modal of volition says what the first act refuses', 'The mayor rejected the offer and would not sign the lease.'],
  ])('%s', (_name, text) => {
    expect(claimsOf(text).filter((c) => c.main)).toHaveLength(1);
    // A relative clause's own background claim is not a second asserted act of the clause.
    expect(extractClaims({ id: 'd', text }).filter((c) => c.background === undefined)).toHaveLength(1);
  });
});

describe('a negated second conjunct that is not a modal of volition is still an act of its own', () => {
  it('"and did not sink": two claims, the second negated', () => {
    const claims = extractClaims({ id: 'd', text: 'The ferry struck a rock and did not sink.' });
    expect(claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.negated])).toEqual([
      ['strike', false],
      ['sink', true],
    ]);
  });
});
