/**
 * A base form between two nouns of a noun phrase ("a river police dive team") is a noun of the compound, not a verb.
 * Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const main = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma };
};

describe('base forms inside noun compounds', () => {
  it.each([
    ['A river police dive team found the missing climber.', 'A river police dive team', 'find'],
    ['The missing climber was found by a river police dive team.', 'river police dive team', 'find'],
    ['The missing climber was found by a river police dive team on Sunday.', 'river police dive team', 'find'],
  ])('%s', (text, actor, lemma) => {
    expect(main(text)).toEqual({ actor, lemma });
  });
  it.each([
    ['The council plans a new road.', 'The council', 'plan'],
    ['Residents fear flooding.', 'Residents', 'fear'],
  ])('a verb after its subject stays a verb (hard negative): %s', (text, actor, lemma) => {
    expect(main(text)).toEqual({ actor, lemma });
  });
  it('a finder named by a compound against another finder is an actor clash', () => {
    expect(reportedBetween('The missing climber was found by a river police dive team on Sunday.', 'The missing climber was found by a shepherd on Sunday.').map((c) => c.kind)).toEqual(['actor']);
  });
});
