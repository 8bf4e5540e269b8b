import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-11-20' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text };
};

describe('a verb of fulfilling with its "with" object (Levin 1993, § 2.3.1 and class 13.4.1): the thing supplied is the theme', () => {
  it.each([
    ['active: serve the recipient with a notice', 'The council served the roastery with an abatement notice.', { actor: 'The council', lemma: 'serve', theme: 'abatement notice' }],
    ['passive: the subject is the recipient', 'The firm was served with an abatement notice by the council.', { actor: 'council', lemma: 'serve', theme: 'abatement notice' }],
    ['provide', 'The charity provided the school with new laptops.', { actor: 'The charity', lemma: 'provide', theme: 'new laptops' }],
    ['a passive of present', 'The coach was presented with a silver plate.', { actor: undefined, lemma: 'present', theme: 'silver plate' }],
  ])('%s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['the direct object of a fulfilling verb without "with" stays the theme', 'The council served an abatement notice on the firm.', { actor: 'The council', lemma: 'serve', theme: 'abatement notice' }],
    ['"with" after a verb of another class is no theme', 'The council closed the road with cones.', { actor: 'The council', lemma: 'close', theme: 'road' }],
    ['a passive without "with" keeps its subject as theme', 'The notice was served on Tuesday.', { actor: undefined, lemma: 'serve', theme: 'The notice' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });
});

describe('the alternation lines up one event told both ways', () => {
  const conflicts = (a: string, b: string) =>
    analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-11-19' }, { id: 'b', text: b, publishedAt: '2026-11-20' }] }).conflicts.filter((c) => c.band !== 'low');

  it('served with a notice vs no notice has been served: polarity', () => {
    const found = conflicts('The roastery was served with an abatement notice by the council.', 'No abatement notice has been served, officers said.');
    expect(found.map((c) => c.kind)).toEqual(['polarity']);
  });

  it('hard negative: the same service told both ways is no conflict', () => {
    expect(conflicts('The roastery was served with an abatement notice by the council.', 'The council served an abatement notice on the roastery.')).toEqual([]);
  });
});
