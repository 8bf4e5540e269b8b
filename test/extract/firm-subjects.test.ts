/**
 * Subjects the tagger misreads: "firm" read as an adjective at the head of a compound subject ("The ferry firm has
 * decided"), "has" read as a noun after it ("The firm has agreed"), and a plural noun read as a reporting verb before
 * "have" ("The late shows have been scrapped": an auxiliary agreeing with a plural follows a plural subject). Every
 * sentence is invented for this file; before the change each lost its subject's head or gained a holder. Hard
 * negatives: an adjective complement after the verb, a plural holder before "have said".
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({
    holder: c.attribution.holderKind === 'author' ? null : c.attribution.holder,
    actor: c.proposition.actor?.text,
    predicate: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
  }));

describe('subject heads the tagger misread', () => {
  it.each([
    ['The ferry firm has decided to close the cafe.', { holder: null, actor: 'The ferry firm', predicate: 'close', theme: 'cafe' }],
    ['The firm has agreed to sell its workshop.', { holder: null, actor: 'The firm', predicate: 'sell', theme: 'its workshop' }],
    ['The late shows have been scrapped.', { holder: null, actor: undefined, predicate: 'scrap', theme: 'The late shows' }],
  ])('%s', (text, claim) => expect(read(text)).toEqual([claim]));
});

describe('hard negatives', () => {
  it('an adjective after the verb stays a complement', () => {
    expect(read('The water was cold.')[0]).toMatchObject({ actor: 'The water', predicate: 'be' });
  });
  it('a plural holder before "have said" still holds the clause', () => {
    expect(read('Reports have said the road was shut.')[0]).toMatchObject({ holder: 'Reports', predicate: 'shut' });
  });
});
