/**
 * "Five people were reported killed", "Two boats were reported stolen": a passive reporting verb with a state or
 * participle as complement (the passive of "reported them killed", Quirk et al. 1985 § 16.44, § 16.52) says the
 * subject is in that state and names no one who says so. And "The theft was reported to the police": "to" before a
 * noun phrase is no infinitive, so the act of reporting is the author's own claim. Every sentence invented for this
 * file; expectations written before the rule ran. Hard negatives: a time adverbial after the verb, a noun complement,
 * the raising frame with an infinitive, an active report.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    kind: c.attribution.holderKind,
    lemma: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.key,
    figures: c.quantities.map((q) => q.value),
  }));

describe('a reporting passive with a state complement reports the state, from no one named', () => {
  it.each([
    ['a participle', 'Five people were reported killed in the blast.', { holder: 'were reported', kind: 'anonymous', lemma: 'kill', theme: 'peopl', figures: [5] }],
    ['a participle after a manner adverb', 'Two guards were reported seriously injured.', { holder: 'were reported', kind: 'anonymous', lemma: 'injure', theme: 'guard', figures: [2] }],
    ['an irregular participle with a place', 'Two fishing boats were reported stolen from the harbour.', { holder: 'were reported', kind: 'anonymous', lemma: 'steal', theme: 'boat', figures: [2] }],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });

  it('a state adjective: the same proposition as the plain sentence, from an anonymous holder', () => {
    const [reported] = claims('The climber was reported missing on Sunday.');
    const [plain] = claims('The climber was missing on Sunday.');
    expect(reported).toEqual({ ...plain, holder: 'was reported', kind: 'anonymous' });
  });
});

describe('no state complement: the frame stays as it was', () => {
  it.each([
    ['"to" before a noun phrase is the act of reporting', 'The theft had been reported to the police.', { holder: 'Wire', kind: 'author', lemma: 'report', theme: 'theft', figures: [] }],
    ['a time adverbial after the verb', 'The fire was reported shortly after midnight.', { holder: 'Wire', kind: 'author', lemma: 'report', theme: 'fire', figures: [] }],
    ['the raising frame keeps its infinitive', 'The convoy was reported to have crossed the border.', { holder: 'was reported', kind: 'anonymous', lemma: 'cross', theme: 'border', figures: [] }],
    ['an active report keeps its speaker', 'The coach said two players were injured.', { holder: 'The coach', kind: 'named', lemma: 'injure', theme: 'player', figures: [2] }],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual([want]);
  });
});
