import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' }).map((c) => ({ actor: c.proposition.actor?.text, lemma: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));

describe('a past form read as an adjective after a clause-opening subject is the verb (Quirk § 3.21)', () => {
  it('standing alone', () => expect(claims('The brakes failed.')).toEqual([{ actor: 'The brakes', lemma: 'fail', theme: undefined }]));
  it.each([
    ['The bus stopped when the brakes failed.', 'the brakes'],
    ['The truck overturned on Friday when its brakes failed.', 'its brakes'],
  ])('in a "when" clause, which becomes its own claim: %s', (text, actor) => expect(claims(text)).toContainEqual({ actor, lemma: 'fail', theme: undefined }));

  it('a verb later makes it a reduced relative', () => expect(claims('The goods seized in the raid were returned.')[0]).toMatchObject({ lemma: 'return', theme: 'The goods' }));
  it('"the injured" stays a noun', () => expect(claims('The injured were taken to hospital.')[0]).toMatchObject({ lemma: 'take', theme: 'The injured' }));
});

describe('a preposition read as an adjective before a name opens no object (Quirk § 9.1)', () => {
  it.each([
    ['The bus overturned near Cuzco on Friday.', 'overturn'],
    ['The convoy stopped outside Lima.', 'stop'],
  ])('%s', (text, lemma) => expect(claims(text)[0]).toEqual({ actor: expect.any(String), lemma, theme: undefined }));
  it('an object is still read', () => expect(claims('Police searched the house near Lima.')[0]?.theme).toBe('house near Lima'));
});

describe('a content noun in an adjunct after the verb leaves the "that" to the verb (Quirk § 16.31)', () => {
  it('said in a statement that …', () => expect(claims('The company said in a statement that it had recalled 12,000 cars.')[0]).toMatchObject({ actor: 'it', lemma: 'recall' }));
  it('denied reports that … still holds the noun clause', () => expect(claims('Officials denied reports that the port had closed.')[0]).toMatchObject({ actor: 'the port', lemma: 'close' }));
});
