/**
 * A reporting verb's content given as two coordinated "that" clauses gives two claims, each with its own words
 * (extract/coordinated-contents.ts). Sentences invented for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S' }).map((c) => ({
    holder: c.attribution.holder,
    predicate: c.proposition.predicate?.lemma,
    state: c.proposition.state,
    quotes: c.quotes.map((q) => q.text),
  }));

describe('"said that A and that B"', () => {
  it('gives one claim per content clause, both held by the speaker, each with its own quote', () => {
    expect(claims('Berger told the crews that it had been "a clear steering mistake" but that he had not seen a decisive effect.')).toEqual([
      { holder: 'Berger', predicate: 'be', state: 'affirmed', quotes: ['a clear steering mistake'] },
      { holder: 'Berger', predicate: 'see', state: 'negated', quotes: [] },
    ]);
  });
  it('works with "and that" after a zero "that"', () => {
    expect(claims('The mayor said the bridge had reopened and that no one had been hurt.').map((c) => [c.predicate, c.state])).toEqual([
      ['reopen', 'affirmed'],
      ['hurt', 'negated'],
    ]);
  });
  it('a single content clause with "and" inside it stays one claim', () => {
    expect(claims('The mayor said the bridge and the tunnel had reopened.')).toHaveLength(1);
  });
  it('"that" after "and" as a determiner does not split ("and that bridge")', () => {
    expect(claims('The mayor said the tunnel had reopened and that bridge would follow.').length).toBeGreaterThanOrEqual(1);
  });
});
