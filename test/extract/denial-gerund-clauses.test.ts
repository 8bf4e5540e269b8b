/**
 * Denials with a gerund clause beyond the plain case (denial-gerund.test.ts): a relative clause on the gerund's object,
 * a coordinated second denial, and "-ing" forms that are also nouns. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    stance: c.attribution.stance,
    actor: c.proposition.actor?.text,
    lemma: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    state: c.proposition.state,
  }));

describe('a denial\'s gerund clause', () => {
  it('"denied signing the deal that cost …": the "that" opens a relative on the object, not the denied clause', () => {
    expect(claims('The treasurer denied signing the lease that cost the club its ground.')[0]).toEqual({
      holder: 'The treasurer', stance: 'denied', actor: 'The treasurer', lemma: 'sign', theme: 'lease', state: 'negated',
    });
  });

  it('"denied that the lease cost …" still denies the content clause', () => {
    expect(claims('The treasurer denied that the lease cost the club its ground.')[0]).toMatchObject({ holder: 'The treasurer', stance: 'denied', lemma: 'cost', state: 'negated' });
  });

  it.each([
    ['closing', 'The warden denied closing the gate.', 'close'],
    ['paying', 'The agent denied paying the referee.', 'pay'],
  ])('an "-ing" form that is also a noun ("%s") with an object after it is the denied act', (_, text, lemma) => {
    expect(claims(text)[0]).toMatchObject({ stance: 'denied', lemma, state: 'negated' });
  });

  it('"denied the closing of the gate": a noun, so the denial is the author\'s report of an act', () => {
    expect(claims('The warden denied the closing of the gate.')[0]).toMatchObject({ holder: 'Wire', stance: 'asserted', lemma: 'deny' });
  });

  it('", and also denied V-ing O": the second denial is its own claim, held by the shared subject', () => {
    const got = claims('The warden flew home on Friday, and also denied selling the keys.');
    expect(got[1]).toEqual({ holder: 'The warden', stance: 'denied', actor: 'The warden', lemma: 'sell', theme: 'keys', state: 'negated' });
  });

  it('"and denied the claims": a noun object after the second verb is no gerund clause', () => {
    const got = claims('The warden flew home on Friday, and also denied the claims.');
    expect(got[1]).toMatchObject({ holder: 'Wire', lemma: 'deny' });
  });
});
