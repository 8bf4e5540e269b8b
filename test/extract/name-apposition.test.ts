import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    kind: c.attribution.holderKind,
    lemma: c.proposition.predicate?.lemma,
  }));
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// "The regional governor, Lena Marsh, told …": a name in apposition to a description (Quirk et al. 1985, § 17.72).
describe('a named holder in apposition to a description', () => {
  it.each([
    ['The regional governor, Lena Marsh, told reporters that 40 homes were flooded.', 'Lena Marsh', 'flood'],
    ["The port's new director, Henrik Olsen, said the dredger had cleared the channel.", 'Henrik Olsen', 'clear'],
  ])('%s', (text, holder, lemma) => {
    expect(claims(text)).toEqual([{ holder, kind: 'named', lemma }]);
  });

  it.each([
    ['The warden, Ilse Brandt of Harlow Rangers, said the path had reopened.', 'Ilse Brandt', 'reopen'],
    ['The referee, Tom Okafor from the Kent league, told reporters the match was abandoned.', 'Tom Okafor', 'abandon'],
  ])('a name with its affiliation after it: %s', (text, holder, lemma) => {
    expect(claims(text)).toEqual([{ holder, kind: 'named', lemma }]);
  });

  it('an affiliation in lower case is no name: the aside is left to the other readings (hard negative)', () => {
    expect(claims('The warden, Ilse Brandt of the local rangers, said the path had reopened.').map((c) => c.holder)).not.toContain('Ilse Brandt of the local rangers');
  });

  it('one denial told twice, once by a named holder with an affiliation, is silent (hard negative)', () => {
    expect(conflicts(
      'The steward, Ilse Brandt of Harlow Rangers, denied that any trees had been felled.',
      'Ilse Brandt said that no trees had been felled.',
    )).toEqual([]);
  });

  it('an apposition on a subject with its own verb is no frame: the author holds the claim', () => {
    expect(claims('The ferry, Star Queen, sank near the pier.')).toEqual([{ holder: 'Wire', kind: 'author', lemma: 'sink' }]);
  });

  it('a coordinated subject after the name is no frame either', () => {
    expect(claims('The mayor, Anna Berg, and her deputy signed the plan.')).toEqual([{ holder: 'Wire', kind: 'author', lemma: 'sign' }]);
  });
});

describe('the held proposition is compared, not the telling', () => {
  it('two figures for one count under one named holder clash', () => {
    expect(conflicts(
      'The regional governor, Lena Marsh, told reporters that 40 homes were flooded in March.',
      'Marsh said that about 12 homes were flooded in March.',
    )).toEqual([expect.stringMatching(/^numeric:(medium|high)$/)]);
  });

  it('the same figure told twice (paraphrase) and a compatible bound are silent', () => {
    expect(conflicts(
      'The regional governor, Lena Marsh, told reporters that 40 homes were flooded in March.',
      'Lena Marsh said 40 homes were flooded in March.',
    )).toEqual([]);
    expect(conflicts(
      'The regional governor, Lena Marsh, told reporters that 40 homes were flooded in March.',
      'Marsh said more than 30 homes were flooded in March.',
    )).toEqual([]);
  });
});
