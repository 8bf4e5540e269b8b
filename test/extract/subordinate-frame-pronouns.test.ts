/**
 * A pronoun that holds a subordinate clause's report ("Ruth Hollis put it best when she said: '…'", "The minister
 * smiled as he said the talks had failed") stands for the main clause's subject or object that agrees with it (Hobbs'
 * search order, as clause-antecedents.ts reads a pronoun actor), not for the person named in an earlier sentence;
 * with no agreeing phrase it is resolved as before. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holders = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => [c.proposition.predicate?.lemma, c.attribution.holder]);

describe('a pronoun holding a subordinate report', () => {
  it('stands for the main clause subject that agrees with it', () => {
    expect(holders('Owner Ruth Hollis put it best when she said: "A sign has a pulse."')).toContainEqual(['have', 'Owner Ruth Hollis']);
    expect(holders('Leo Brandt spoke to us. The coroner smiled as he said the pier would stay shut.')).toContainEqual(['shut', 'The coroner']);
  });

  it('skips a main clause phrase that does not agree ("The company" is no "she"): the earlier person stays', () => {
    expect(holders('Ana Ruiz led the talks. The company collapsed after she said the loan was gone.')).toContainEqual(['go', 'Ana Ruiz']);
  });

  it('a named holder is kept as written', () => {
    expect(holders('The harbourmaster smiled as Leo Brandt said the pier would stay shut.')).toContainEqual(['shut', 'Leo Brandt']);
  });
});
