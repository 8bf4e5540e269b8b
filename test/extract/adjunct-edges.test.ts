/**
 * Edges of adjuncts that were read as arguments or frames (every sentence invented for this file): an ordinal inside a
 * fronted prepositional phrase ("For the second time, …") keeps the phrase an adjunct; a participle clause after a
 * comma ("…, judged by a teacher") has its own "by"; a phrase a preposition opens (", despite claims from parents,") is no holder
 * of a trailing frame; "…, and officials said they would …" is a report of its own, not the frame of the clause before.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, actor: c.proposition.actor?.text, lemma: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));

describe('a fronted phrase with an ordinal is an adjunct', () => {
  it.each([
    ['For the second time, a novice class was held.', 'a novice class'],
    ['For the first time, two new categories were held.', 'new categories'],
  ])('%s', (text, theme) => {
    expect(claims(text)[0]).toMatchObject({ lemma: 'hold', theme });
  });
  it('an ordinal in the subject stays in it (hard negative)', () => {
    expect(claims('The first ferry sank near the pier.')[0]).toMatchObject({ actor: 'The first ferry', lemma: 'sink' });
  });
});

describe('a participle clause after a comma keeps its "by" to itself', () => {
  it('"was held, judged by …" has no agent', () => {
    const [c] = claims('A novice class was held, judged by Bea Tollan.');
    expect(c).toMatchObject({ lemma: 'hold', theme: 'A novice class' });
    expect(c!.actor).toBeUndefined();
  });
  it('a "by" agent before the comma stays (hard negative)', () => {
    expect(claims('The ferry was bought last year by Norvik Lines, which runs the route.')[0]).toMatchObject({ actor: 'Norvik Lines', lemma: 'buy' });
  });
});

describe('trailing frames', () => {
  it('", despite claims from parents," is no holder', () => {
    expect(claims('There was no novice class, despite claims from parents.')[0]!.holder).toBe('Wire');
  });
  it('", and officials said they would …" reports its own clause; the first stays the writer\'s', () => {
    expect(claims('There was no novice class, and officials said they would review it in spring.')).toMatchObject([
      { holder: 'Wire', lemma: 'be', theme: 'novice class' },
      { holder: 'officials', actor: 'they', lemma: 'review' },
    ]);
  });
  it('", and Brannock said a second group had been added …" with a determiner-led subject is a report of its own too', () => {
    expect(claims('Classes run on Tuesday evenings until late May, and Brannock said a second group had been added in June.')).toMatchObject([
      { holder: 'Wire', actor: 'Classes', lemma: 'run' },
      { holder: 'Brannock', lemma: 'add', theme: 'a second group' },
    ]);
  });
  it('"after its trustees rejected the only tender they received": the object\'s relative clause is no content clause (hard negative)', () => {
    expect(claims('The chapel hit a setback after its trustees rejected the only tender they received.').at(-1)).toMatchObject({ actor: 'its trustees', lemma: 'reject' });
  });
  it('", police said on Monday" is still a frame (hard negative)', () => {
    expect(claims('The bridge is closed, police said on Monday.')[0]!.holder).toBe('police');
  });
});
