/**
 * Forms of "have" the tagger misreads: "has" read as a noun after a word that may be an adjective ("The firm has …"),
 * and a participle after "has not" read as an adjective ("has not renewed its lease"), which made "have" the verb
 * and the participle part of its object. "has", "have" and "had" are never nouns, and an adjective takes no object
 * (Quirk et al. 1985 § 7.2), so a participle form between "have" and an object is the perfect's verb. Sentences
 * invented for this file; expectations written before the first run. Hard negatives: "have" as the main verb, with
 * an adjective before its noun or a word that may be an adjective ("has a firm offer"), and negated.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const reading = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S' }).find((x) => x.background === undefined && x.mainClaimId === undefined);
  const p = c?.proposition;
  return p && { actor: p.actor?.text, predicate: p.predicate?.lemma, state: p.state };
};

describe('a perfect the tagger misread', () => {
  it.each([
    ['The firm has not renewed its lease.', { actor: 'The firm', predicate: 'renew', state: 'negated' }],
    ['The council has not renewed its lease.', { actor: 'The council', predicate: 'renew', state: 'negated' }],
    ['The firm has renewed its lease.', { actor: 'The firm', predicate: 'renew', state: 'affirmed' }],
    ['The firm has not yet renewed its lease.', { actor: 'The firm', predicate: 'renew', state: 'pending' }],
    ['The firm has not renewed.', { actor: 'The firm', predicate: 'renew', state: 'negated' }],
    ['The port authority has not renewed two leases.', { actor: 'The port authority', predicate: 'renew', state: 'negated' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });

  it('a lease renewed and one not renewed clash (polarity)', () => {
    expect(reportedBetween('The Dunmore ferry firm has renewed its lease.', 'The Dunmore ferry firm has not renewed its lease.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/) },
    ]);
  });
});

describe('"have" and adjectives read as they stand (hard negatives)', () => {
  it.each([
    ['The club has had a wretched season.', { actor: 'The club', predicate: 'have', state: 'affirmed' }],
    ['The firm has a firm offer.', { actor: 'The firm', predicate: 'have', state: 'affirmed' }],
    ['The council has not had any reply.', { actor: 'The council', predicate: 'have', state: 'negated' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });
});
