/**
 * Edges of adjuncts that were read as arguments or frames (every sentence invented for this file): an ordinal inside a
 * fronted prepositional phrase ("For the second time, …") keeps the phrase an adjunct; a participle clause after a
 * comma ("…, won by a pupil") has its own "by"; a phrase a preposition opens (", despite calls for one,") is no holder
 * of a trailing frame; "…, and organisers said they would …" is a report of its own, not the frame of the clause before.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, actor: c.proposition.actor?.text, lemma: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));

describe('a fronted phrase with an ordinal is an adjunct', () => {
  it.each([
    ['For the second time, a junior category was held.', 'a junior category'],
    ['For the first time, two new categories were held.', 'new categories'],
  ])('%s', (text, theme) => {
    expect(claims(text)[0]).toMatchObject({ lemma: 'hold', theme });
  });
  it('an ordinal in the subject stays in it (hard negative)', () => {
    expect(claims('The first ferry sank near the pier.')[0]).toMatchObject({ actor: 'The first ferry', lemma: 'sink' });
  });
});

describe('a participle clause after a comma keeps its "by" to itself', () => {
  it('"was offered, won by …" has no agent', () => {
    const [c] = claims('A junior category was offered, won by pupil Ada Marsh.');
    expect(c).toMatchObject({ lemma: 'offer', theme: 'A junior category' });
    expect(c!.actor).toBeUndefined();
  });
  it('a "by" agent before the comma stays (hard negative)', () => {
    expect(claims('The ferry was bought last year by Norvik Lines, which runs the route.')[0]).toMatchObject({ actor: 'Norvik Lines', lemma: 'buy' });
  });
});

describe('trailing frames', () => {
  it('", despite calls for one," is no holder', () => {
    expect(claims('There was no junior category, despite calls for one.')[0]!.holder).toBe('Wire');
  });
  it('", and organisers said they would …" reports its own clause; the first stays the writer\'s', () => {
    expect(claims('There was no junior category, and organisers said they would think again next year.')).toMatchObject([
      { holder: 'Wire', lemma: 'be', theme: 'junior category' },
      { holder: 'organisers', actor: 'they', lemma: 'think' },
    ]);
  });
  it('", and Hext said a waiting list had been opened …" with a determiner-led subject is a report of its own too', () => {
    expect(claims('Sessions run on Saturday mornings until mid-June, and Hext said a waiting list had been opened in July.')).toMatchObject([
      { holder: 'Wire', actor: 'Sessions', lemma: 'run' },
      { holder: 'Hext', lemma: 'open', theme: 'a waiting list' },
    ]);
  });
  it('"after its trustees rejected the only tender they received": the object\'s relative clause is no content clause (hard negative)', () => {
    expect(claims('The chapel hit a setback after its trustees rejected the only tender they received.').at(-1)).toMatchObject({ actor: 'its trustees', lemma: 'reject' });
  });
  it('", police said on Monday" is still a frame (hard negative)', () => {
    expect(claims('The bridge is closed, police said on Monday.')[0]!.holder).toBe('police');
  });
});
