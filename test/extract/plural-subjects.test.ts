/**
 * "after judges upheld the ban": a plural the tagger reads as a present-tense verb, right before a past-tense verb, is
 * the subordinate clause's subject (two finite verbs do not stand side by side: Quirk et al. 1985 § 3.21), so the
 * clause becomes a claim of its own. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const claims = (text: string) => analyze({ documents: [{ id: 'a', text }] }).claims.map((c) => [c.proposition.actor?.text ?? null, c.proposition.predicate?.lemma]);

describe('a bare plural subject after a subordinator', () => {
  it.each([
    ['Kerr won the final after judges upheld the disqualification.', [['Kerr', 'win'], ['judges', 'uphold']]],
    ['The ferry stopped after storms damaged the pier.', [['The ferry', 'stop'], ['storms', 'damage']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('hard negative: a present-tense verb before a participle stays a verb ("the club owns two boats")', () => {
    expect(claims('The club owns two boats.')).toEqual([['The club', 'own']]);
  });
});
