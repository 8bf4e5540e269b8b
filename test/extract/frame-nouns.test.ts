/**
 * "On Monday, the council released the report.": a reporting verb's form after a determiner or possessive is a noun
 * ("the report", "its claims"), never the verb of a trailing frame ("…, the council reported"), which gave the clause
 * no claim. Sentences invented for this file; expectations written before the first run. Hard negatives: trailing
 * frames with the verb after its holder.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const reading = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S' })[0];
  return c && { holder: c.attribution.holder, actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma };
};

describe('a reporting verb form after a determiner is a noun', () => {
  it.each([
    ['On Monday, the council released the report.', { holder: 'S', actor: 'the council', predicate: 'release' }],
    ['After the vote, the council published a report.', { holder: 'S', actor: 'the council', predicate: 'publish' }],
    ['In May, the agency withdrew its claims.', { holder: 'S', actor: 'the agency', predicate: 'withdraw' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });
});

describe('trailing frames (hard negatives)', () => {
  it.each([
    ['The bridge will reopen in May, the council reported.', { holder: 'the council', actor: 'The bridge', predicate: 'reopen' }],
    ['The bridge will reopen in May, officials claim.', { holder: 'officials', actor: 'The bridge', predicate: 'reopen' }],
    ['The bridge will reopen in May, the report says.', { holder: 'the report', actor: 'The bridge', predicate: 'reopen' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });
});
