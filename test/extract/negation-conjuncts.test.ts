/**
 * A negator belongs to its own conjunct: in "X is not Y, and we will Z" the "not" negates the first clause, not the
 * verb of the second (extract/conjuncts.ts). Sentences invented for this file; expectations written before the run.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'x', text, source: { name: 'X' } }).map((c) => [c.proposition.predicate?.lemma, c.proposition.negated]);

describe('negation and clausal coordination', () => {
  it('a negator before ", and" is not the later verb’s', () => {
    // Both conjuncts read as one clause (the tagger takes "negotiable" for no verb): the later verb is the predicate.
    expect(read('Lena Holt said: "Safety is not negotiable for us, and we will rebuild every pier as quickly as we can."')).toContainEqual(['rebuild', false]);
    expect(read('Lena Holt said: "Delay is not acceptable to us, and we will repair every lift as fast as we can."')).toContainEqual(['repair', false]);
  });
  it('a negator in the verb’s own conjunct still negates it', () => {
    expect(read('The mayor did not resign, but she will not stand again.')).toEqual([
      ['resign', true],
      ['stand', true],
    ]);
    expect(read('Officials said the bridge is open, and the ferry will not sail on Sunday.')).toContainEqual(['sail', true]);
  });
  it('a coordinator without a comma joins phrases, not clauses: the negator stays', () => {
    expect(read('The club did not confirm or deny the transfer.')[0]).toEqual(['confirm', true]);
  });
});
