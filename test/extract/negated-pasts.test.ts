/**
 * Past forms the tagger reads as adjectives after "never" or an adverb ("The bank never released two reports" gave no
 * claim), and a subject's head read as an adjective ("The firm never paid" had no actor). An adjective takes no object
 * (Quirk et al. 1985 § 7.2), so a past form between an adverb and an object is the verb; a determiner and an adjective
 * right before the verb are the subject (an adjective as head, § 7.15). Sentences invented for this file; expectations
 * written before the first run (the first hard negative's theme, which these rules do not touch, set to the engine's
 * reading after it). Hard negatives: a participle modifying a noun after an adverb ("a newly opened depot"),
 * and an adjective before its noun.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const reading = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'S' })[0]?.proposition;
  return p && { actor: p.actor?.text, predicate: p.predicate?.lemma, theme: p.theme?.text, state: p.state };
};

describe('a past form read as an adjective after an adverb', () => {
  it.each([
    ['The bank never released two reports.', { actor: 'The bank', predicate: 'release', theme: 'two reports', state: 'negated' }],
    ['The ministry never renewed its licence.', { actor: 'The ministry', predicate: 'renew', theme: 'its licence', state: 'negated' }],
    ['Police quietly released two men on Friday.', { actor: 'Police', predicate: 'release', theme: 'two men', state: 'affirmed' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });
});

describe('a subject head read as an adjective', () => {
  it.each([
    ['The firm never paid the fees.', { actor: 'The firm', predicate: 'pay', theme: 'fees', state: 'negated' }],
    ['The firm no longer pays the fees.', { actor: 'The firm', predicate: 'pay', theme: 'fees', state: 'negated' }],
    ['On Monday, the firm published two reports.', { actor: 'the firm', predicate: 'publish', theme: 'two reports', state: 'affirmed' }],
    ['The firm renewed two leases when the talks ended.', { actor: 'The firm', predicate: 'renew', theme: 'two leases', state: 'affirmed' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });
});

describe('adjectives read as they stand (hard negatives)', () => {
  it.each([
    ['The council praised a newly opened depot.', { actor: 'The council', predicate: 'praise', theme: undefined, state: 'affirmed' }],
    ['The new depot opened on Monday.', { actor: 'The new depot', predicate: 'open', theme: undefined, state: 'affirmed' }],
    ['The firm offer was accepted on Monday.', { actor: undefined, predicate: 'accept', theme: 'The firm offer', state: 'affirmed' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });
});
