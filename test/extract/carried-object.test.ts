import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

function parts(text: string) {
  const claims = extractClaims({ id: 'd', text });
  expect(claims).toHaveLength(1);
  const p = claims[0]!.proposition;
  return { lemma: p.predicate?.lemma, actor: p.actor?.text, theme: p.theme?.text };
}

describe('"pick up" with a person, group or vehicle as object means collect (WordNet 3.1 collect, pick up)', () => {
  it.each([
    ['The Turkish coast guard picked up the migrants.', { lemma: 'collect', actor: 'The Turkish coast guard', theme: 'migrants' }],
    ['A passing tanker picked up the crew.', { lemma: 'collect', actor: 'A passing tanker', theme: 'crew' }],
    ['The migrants were picked up by the coast guard.', { lemma: 'collect', actor: 'coast guard', theme: 'The migrants' }],
    ['A trawler picked up the boat.', { lemma: 'collect', actor: 'A trawler', theme: 'boat' }],
    ['A neighbour picked up them.', { lemma: 'collect', actor: 'A neighbour', theme: 'them' }],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['intransitive: a rise', 'Sales picked up in May.', { lemma: 'gain', actor: 'Sales', theme: undefined }],
    ['an amount gained', 'The party picked up five seats.', { lemma: 'gain', actor: 'The party', theme: 'five seats' }],
    ['a quality gained', 'The economy picked up speed.', { lemma: 'gain', actor: 'The economy', theme: 'speed' }],
    ['a thing that is no person or vehicle', 'Radar picked up the signal.', { lemma: 'gain', actor: 'Radar', theme: 'signal' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('the actor detector compares "picked up" people with "collected" them', () => {
  const pair = (a: string, b: string) =>
    analyze({ documents: [{ id: 'a', source: { name: 'Daily Post' }, text: a }, { id: 'b', source: { name: 'Evening News' }, text: b }] }).conflicts.map((c) => c.kind);

  it('two coast guards doing one act disagree on the doer', () => {
    expect(pair('The Greek coast guard collected 47 migrants.', 'The Turkish coast guard picked up the 47 migrants.')).toEqual(['actor']);
  });

  it('"picked up speed" is another act', () => {
    expect(pair('The Greek coast guard picked up the migrants.', 'The Turkish coast guard picked up speed.')).toEqual([]);
  });

  it('rescuing is not collecting: WordNet relates the two verbs by no synset or hypernym, so no doer clash', () => {
    expect(pair('The Greek coast guard rescued 47 migrants.', 'The Turkish coast guard picked up the 47 migrants.')).toEqual([]);
  });
});
