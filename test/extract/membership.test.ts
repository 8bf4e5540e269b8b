/**
 * Membership of a set a clause defines: "was (not) among those suspended" is the act of suspending, passive, in the
 * copula's polarity; ", including captain Len Darby" names a member of the set the main clause speaks of. Every
 * sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    lemma: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    actor: c.proposition.actor?.text,
    negated: c.proposition.negated,
  }));

describe('"among" a set a participle defines', () => {
  it.each([
    ['Len Darby was not among those suspended.', { lemma: 'suspend', theme: 'Len Darby', actor: undefined, negated: true }],
    ['Hawser Ropes was not among the firms chosen to rig the ship.', { lemma: 'choose', theme: 'Hawser Ropes', actor: undefined, negated: true }],
    ['Len Darby was not among those suspended, whatever you may have heard.', { lemma: 'suspend', theme: 'Len Darby', actor: undefined, negated: true }],
  ])('%s', (text, claim) => {
    expect(read(text)[0]).toEqual(claim);
  });
  it('a participle before the set noun modifies it and names no act (hard negative)', () => {
    expect(read('Ivo Hart was not among the most talented players.')[0]).toMatchObject({ lemma: 'be', negated: true });
  });
  it('a member said not to be among those acted on clashes with a report that they were', () => {
    expect(reportedBetween('The walrus was sold at auction on Friday.', 'The walrus was not among the specimens sold at auction on Friday.').map((c) => c.kind)).toEqual(['polarity']);
  });
});

describe('named members after "including"', () => {
  it('each name becomes a claim of the main act in the set\'s role', () => {
    expect(read('Six firms bid for the contract, including Hawser and Marlow Rope.')).toEqual([
      { lemma: 'bid', theme: undefined, actor: 'firms', negated: false },
      { lemma: 'bid', theme: undefined, actor: 'Hawser', negated: false },
      { lemma: 'bid', theme: undefined, actor: 'Marlow Rope', negated: false },
    ]);
  });
  it('a role word before the name is no part of it', () => {
    expect(read('Three players were suspended for four weeks, including captain Len Darby.')[1]).toEqual({ lemma: 'suspend', theme: 'Len Darby', actor: undefined, negated: false });
  });
  it.each([['Three players were suspended, including two from Leeds.'], ['Three players were suspended, including two Leeds players.'], ['The firm, including Hawser, bid.']])(
    'a count, a modifier or a singular set names no member (hard negative): %s',
    (text) => {
      expect(read(text).filter((c) => c.theme === 'Leeds' || c.actor === 'Leeds' || c.actor === 'Hawser')).toEqual([]);
    },
  );
  it('a member named in one report and said not to be among them in another is a polarity conflict', () => {
    const a = 'Three players were suspended for four weeks, including captain Len Darby.';
    const b = 'Len Darby was not among those suspended.';
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['polarity']);
  });
});

describe('a would-be trailing holder with a finite verb of its own', () => {
  it('"…, was not among the specimens sold and will stay on show" holds nothing (hard negative)', () => {
    const claims = extractClaims({ id: 'd', text: 'The exhibit, a walrus mounted in the 1890s, was not among the specimens sold and will stay on show.', source: 'Wire' });
    expect(claims.map((c) => c.attribution.holder)).toEqual(['Wire', 'Wire', 'Wire']);
  });
  it('a relative clause inside the holder keeps it a holder', () => {
    const claims = extractClaims({ id: 'd', text: '"We will appeal," the man who was arrested said.', source: 'Wire' });
    expect(claims.map((c) => c.attribution.holder)).toEqual(['the man who was arrested']);
  });
});
