import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ actor: c.proposition.actor?.text, lemma: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));

describe('a clause the tagger left without a verb: the word after the subject that can be a verb is the verb', () => {
  it.each([
    ['an "-s" form read as a noun', 'Tarvik detains the Latvian freight monopoly.', { actor: 'Tarvik', lemma: 'detain', theme: 'Latvian freight monopoly' }],
    ['an "-s" form after a possessive subject', "Norway's regulator probes Velta.", { actor: "Norway's regulator", lemma: 'probe', theme: 'Velta' }],
    ['an "-s" form before a place', 'Okonjo resides in Upper Marlow.', { actor: 'Okonjo', lemma: 'reside', theme: undefined }],
    ['an "-ed" form read as an adjective', 'Halden received about 9 inches of rain from the front.', { actor: 'Halden', lemma: 'receive', theme: 'rain' }],
    ['a base form after a name', 'Analyst Mira Tell forecast losses of 2 million euros for 2017.', { actor: 'Analyst Mira Tell', lemma: 'forecast', theme: 'losses' }],
  ])('%s: %s', (_, text, want) => {
    expect(parts(text)).toEqual([want]);
  });

  it.each([
    ['a headline fragment', 'Photos of the storm damage.'],
    ['a caption', 'A view of the harbour at dawn.'],
    ['a byline', 'By Mira Tell in Oslo.'],
    ['a headline with an adjective after a name', 'Mira Tell final concert'],
  ])('still no claim: %s: %s', (_, text) => {
    expect(parts(text)).toEqual([]);
  });
});

describe('after a contracted modal the tagger read as no auxiliary, the next word is a bare infinitive', () => {
  const negated = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ lemma: c.proposition.predicate?.lemma, negated: c.proposition.negated, theme: c.proposition.theme?.text }));

  it.each([
    ["won't", "The lender won't shutter the savings unit.", { lemma: 'shutter', negated: true, theme: 'savings unit' }],
    ["wouldn't", "The lender wouldn't shutter the branch.", { lemma: 'shutter', negated: true, theme: 'branch' }],
  ])('%s: %s', (_, text, want) => {
    expect(negated(text)).toEqual([want]);
  });

  it.each([
    ['a plural noun is no infinitive', "The lender won't shutters."],
    ['a modal with nothing after it', "The lender won't."],
  ])('still no claim: %s: %s', (_, text) => {
    expect(negated(text)).toEqual([]);
  });
});
