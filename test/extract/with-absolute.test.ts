/**
 * "with rope and net sent to a recycler": two nouns joined by "and" after "with" share the absolute clause's
 * participle; the second noun is no subject of a clause of its own (Quirk et al. 1985 § 15.58). Clause coordination
 * after a plain object still splits. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const actors = (text: string) => analyze({ documents: [{ id: 'a', text }] }).claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.actor?.text ?? null]);

describe('"and" inside a "with" absolute clause', () => {
  it('makes no doer of the second noun', () => {
    expect(actors('The scrap will be sorted, with copper and brass sent to a smelter in Derby.')).toEqual([['sort', null]]);
  });

  it('hard negative: "and" before a clause with its own subject still splits', () => {
    expect(actors('The farmer sold the field and the developer built 40 homes.')).toEqual([
      ['sell', 'The farmer'],
      ['build', 'the developer'],
    ]);
  });

  it('hard negative: a "with" phrase earlier in the clause does not stop a later split', () => {
    expect(actors('The mayor arrived with her deputy and the council approved the plan.')).toEqual([
      ['arrive', 'The mayor'],
      ['approve', 'the council'],
    ]);
  });
});
