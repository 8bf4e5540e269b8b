/**
 * A participle that post-modifies the subject ("A tannery accused of letting dye seep into the stream was fined") has a
 * complement of its own, and the verbs in it (the gerund after "of", the bare verb after the gerund's object) are not
 * the clause's verb: the finite verb after the modifier is (Quirk et al. 1985, § 17.97 reduced relatives; § 16.52 "let"
 * + object + bare infinitive). Invented sentences; expectations written before the rule ran. Hard negatives: a modifier
 * whose complement is a noun, a present verb after the modifier, an "-ing" modifier.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0];
  return { lemma: c?.proposition.predicate?.lemma, state: c?.proposition.state };
};

describe('the clause verb after a participle modifier with a verbal complement', () => {
  it.each([
    ['a gerund after "of"', 'A scrap dealer accused of dumping oil in the canal is still waiting for a decision.', { lemma: 'wait', state: 'pending' }],
    ['a gerund with a bare infinitive after its object', 'A tannery accused of letting dye seep into the stream was fined.', { lemma: 'fine', state: 'affirmed' }],
    ['a perfect passive after the modifier', 'The driver accused of causing the crash has been charged.', { lemma: 'charge', state: 'affirmed' }],
  ])('%s: %s', (_, text, want) => expect(main(text)).toEqual(want));
});

describe('modifiers read as before', () => {
  it.each([
    ['a noun complement', 'A man accused of theft is still waiting for a trial date.', { lemma: 'wait', state: 'pending' }],
    ['a present verb after the modifier', 'Diplomats involved in the talks expect a deal.', { lemma: 'expect', state: 'affirmed' }],
    ['an "-ing" modifier', 'Rescuers searching the rubble found two survivors.', { lemma: 'find', state: 'affirmed' }],
  ])('%s: %s', (_, text, want) => expect(main(text)).toEqual(want));
});
