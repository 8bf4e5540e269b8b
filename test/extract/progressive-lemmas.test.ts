/**
 * "is fining", "was not cutting", "is paying": an "-ing" form after a form of "be" is a progressive verb (Quirk et al.
 * 1985 § 4.26), so its lemma is the verb's ("fine", "cut", "pay") even where the word is also a noun ("closing",
 * "cutting") or compromise's conjugator undoes the ending wrongly ("fining" → "fin"). Sentences invented for this file;
 * expectations written before the first run. Hard negatives: an "-ing" noun as subject, and a copula with a noun.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const predicate = (text: string) => extractClaims({ id: 'd', text, source: 'S' })[0]?.proposition.predicate?.lemma;

describe('the lemma of a progressive', () => {
  it.each([
    ['The ministry is fining two ferry firms.', 'fine'],
    ['The council is cutting its budget for parks.', 'cut'],
    ['The firm is paying its staff in full.', 'pay'],
    ['The club was not increasing its fees.', 'increase'],
    ['The city is closing two libraries.', 'close'],
    ['Police are investigating the fire.', 'investigate'],
  ])('%s', (text, lemma) => {
    expect(predicate(text)).toBe(lemma);
  });
});

describe('"-ing" words that are no progressive (hard negatives)', () => {
  it.each([
    ['The closing of the depot was delayed.', 'delay'],
    ['The cutting was published in May.', 'publish'],
    ['The council is a leading employer.', 'be'],
  ])('%s', (text, lemma) => {
    expect(predicate(text)).toBe(lemma);
  });
});
