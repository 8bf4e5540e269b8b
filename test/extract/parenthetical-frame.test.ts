import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holderKind === 'author' ? null : c.attribution.holder,
    actor: c.proposition.actor?.text,
    lemma: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    complement: c.proposition.complement?.text,
    figures: c.quantities.map((q) => q.value),
  }));

describe('a reporting frame inside the clause ("The storm, officials said, flattened 40 barns")', () => {
  it.each([
    ['a subject before the frame', 'The storm, officials said, flattened 40 barns.', { holder: 'officials', actor: 'The storm', lemma: 'flatten', theme: '40 barns', figures: [40] }],
    ['a named holder in the frame', 'The new drug, Dr Amara Lund said, shortens recovery by 30 percent.', { holder: 'Dr Amara Lund', actor: 'The new drug', lemma: 'shorten', theme: 'recovery', figures: [30] }],
    ['an adverbial before the frame', 'By then, the agency warns, the fund will run dry.', { holder: 'the agency', actor: 'the fund', lemma: 'run', theme: undefined, figures: [] }],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });

  it('a trailing frame after a whole clause keeps the clause before it', () => {
    expect(claims('The storm flattened 40 barns, officials said.')).toEqual([{ holder: 'officials', actor: 'The storm', lemma: 'flatten', theme: '40 barns', figures: [40] }]);
  });
});

describe('an adjectival or participial aside between the holder and "said"', () => {
  it.each([
    ['an adverb and an adjective', 'Ines Moro, visibly shaken after the crash, said the pilot was alive.'],
    ['a past participle', 'Ines Moro, flanked by two lawyers, said the pilot was alive.'],
    ['a long appositive', 'Ines Moro, a spokeswoman for the regional civil aviation authority in the north of the country, said the pilot was alive.'],
  ])('%s: %s', (_, text) => {
    expect(claims(text)).toEqual([{ holder: 'Ines Moro', actor: 'the pilot', lemma: 'be', complement: 'alive', figures: [] }]);
  });
});
