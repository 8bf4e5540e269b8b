import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/index.js';

const only = (text: string): Claim => {
  const claims = extractClaims({ id: 'd', text, source: 'Wire' });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('attribution holder, kind and verb', () => {
  it.each([
    ['X said that P', 'The mayor said that the bridge will close in June.', { holder: 'The mayor', holderKind: 'named', holderSpan: { start: 0, end: 9, text: 'The mayor' }, verb: 'say', stance: 'reported' }],
    ['P, X said', 'The bridge will close in June, the mayor said.', { holder: 'the mayor', holderKind: 'named', holderSpan: { start: 31, end: 40, text: 'the mayor' }, verb: 'say', stance: 'reported' }],
    ['P, said X, the lead author', 'The bridge will close in June, said Anna Berg, the lead author.', { holder: 'Anna Berg', holderKind: 'named', holderSpan: { start: 36, end: 45, text: 'Anna Berg' }, verb: 'say', stance: 'reported' }],
    ['some reports', 'Some reports said the bridge will close in June.', { holder: 'Some reports', holderKind: 'anonymous', holderSpan: { start: 0, end: 12, text: 'Some reports' }, verb: 'say', stance: 'reported' }],
    ['officials', 'Officials said the bridge will close in June.', { holder: 'Officials', holderKind: 'anonymous', holderSpan: { start: 0, end: 9, text: 'Officials' }, verb: 'say', stance: 'reported' }],
    ['two diplomats', 'Two diplomats said the bridge will close in June.', { holder: 'Two diplomats', holderKind: 'anonymous', holderSpan: { start: 0, end: 13, text: 'Two diplomats' }, verb: 'say', stance: 'reported' }],
  ])('%s', (_name, text, expected) => {
    const a = only(text).attribution;
    expect({ holder: a.holder, holderKind: a.holderKind, holderSpan: a.holderSpan, verb: a.verb, stance: a.stance }).toEqual(expected);
  });

  it.each([
    ['according to X, P', 'According to the ministry, the bridge will close in June.', { start: 13, end: 25, text: 'the ministry' }],
    ['P, according to X', 'The bridge will close in June, according to the ministry.', { start: 44, end: 56, text: 'the ministry' }],
    ['But according to X, P', 'But according to the ministry, the bridge will close in June.', { start: 17, end: 29, text: 'the ministry' }],
    ['However, according to X, P', 'However, according to the ministry, the bridge will close in June.', { start: 22, end: 34, text: 'the ministry' }],
  ])('%s has the holder and no reporting verb', (_name, text, span) => {
    const a = only(text).attribution;
    expect({ holder: a.holder, holderSpan: a.holderSpan, verb: a.verb, stance: a.stance }).toEqual({ holder: 'the ministry', holderSpan: span, verb: undefined, stance: 'reported' });
  });

  it('a fronted "according to" after a conjunction leaves the clause after its comma as the proposition', () => {
    const c = only('But according to the ministry, the bridge will close in June.');
    expect({ lemma: c.proposition.predicate?.lemma, actor: c.proposition.actor?.text }).toEqual({ lemma: 'close', actor: 'the bridge' });
  });

  it('keeps a nested source in via: "X, citing two officials, reported P"', () => {
    const a = only('The agency, citing two officials, reported that the bridge will close in June.').attribution;
    expect({ holder: a.holder, via: a.via, verb: a.verb, verbSpan: a.verbSpan }).toEqual({
      holder: 'The agency',
      via: 'two officials',
      verb: 'report',
      verbSpan: { start: 34, end: 42, text: 'reported' },
    });
  });

  it('credits an unattributed sentence to the author, with no via', () => {
    const a = only('The bridge will close in June.').attribution;
    expect({ holder: a.holder, holderKind: a.holderKind, stance: a.stance, via: a.via, sourceIds: a.sourceIds, markers: a.markers, ambiguous: a.ambiguous }).toEqual({
      holder: 'Wire', holderKind: 'author', stance: 'asserted', via: undefined, sourceIds: ['d'], markers: [], ambiguous: false,
    });
  });
});

describe('reporting stance by verb', () => {
  it.each([
    ['said', 'The mayor said that the bridge will close in June.', 'say', 'reported', { start: 10, end: 14, text: 'said' }],
    ['denied', 'The mayor denied that the bridge will close in June.', 'deny', 'denied', { start: 10, end: 16, text: 'denied' }],
    ['confirmed', 'The mayor confirmed that the bridge will close in June.', 'confirm', 'confirmed', { start: 10, end: 19, text: 'confirmed' }],
    ['claimed', 'The mayor claimed that the bridge will close in June.', 'claim', 'claimed', { start: 10, end: 17, text: 'claimed' }],
    ['alleged', 'The mayor alleged that the contractor stole the funds.', 'allege', 'alleged', { start: 10, end: 17, text: 'alleged' }],
  ])('%s', (_name, text, verb, stance, verbSpan) => {
    const a = only(text).attribution;
    expect({ verb: a.verb, stance: a.stance, verbSpan: a.verbSpan, holder: a.holder }).toEqual({ verb, stance, verbSpan, holder: 'The mayor' });
  });
});
