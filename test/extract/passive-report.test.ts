import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    kind: c.attribution.holderKind,
    actor: c.proposition.actor?.key,
    lemma: c.proposition.predicate?.lemma,
    figures: c.quantities.map((q) => q.value),
  }));

describe('"X was said to be Y": a passive reporting frame names no holder and raises the subject (Quirk § 16.52)', () => {
  it.each([
    ['a copula', 'The old lighthouse was said to be about 120 feet tall.', { holder: 'was said', kind: 'anonymous', actor: 'lighthous', lemma: 'be', figures: [120] }],
    ['a lexical verb', 'The convoy was reported to have crossed the border.', { holder: 'was reported', kind: 'anonymous', actor: 'convoi', lemma: 'cross', figures: [] }],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });

  it('a pronoun subject resolves to the person named before, not to the frame', () => {
    expect(claims('Ana Ruiz left the party. She is said to be ill.')[1]).toMatchObject({ holder: 'is said', kind: 'anonymous', actor: 'ruiz', lemma: 'be' });
  });

  it.each([
    ['an active report keeps its speaker', 'The coach said the striker was injured.', { holder: 'The coach', kind: 'named', actor: undefined, lemma: 'injure', figures: [] }],
    ['an active verb with "to" after an object', 'The agency told residents to leave.', { holder: 'The agency', kind: 'named', actor: undefined, lemma: 'leave', figures: [] }],
  ])('not a raising frame: %s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });

  it.each([
    ['a quoted title before a passive', '"The Long Winter" was written by Ilse Brandt.', { holder: 'Wire', kind: 'author', actor: 'brandt', lemma: 'write', figures: [] }],
    ['a quoted title before an active verb', '"Red Harbour" won the jury prize.', { holder: 'Wire', kind: 'author', actor: 'harbour', lemma: 'win', figures: [] }],
  ])('an auxiliary after a closing quote is no holder: %s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });
});
