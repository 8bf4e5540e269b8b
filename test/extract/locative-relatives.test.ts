/**
 * A relative adverb "where" after a place opens a clause with a subject of its own (extract/clause-split.ts; Quirk et
 * al. 1985 § 17.12): "a lake where pike numbers had been rising" asserts the rise, set in that place, as background
 * of the main clause, which keeps none of its dates or figures. Sentences invented for this file; expectations
 * written before the first run. Hard negatives: an indirect question after a verb ("did not say where"), and the same
 * trend told twice.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' }).map((c) => ({
    predicate: c.proposition.predicate?.lemma,
    background: c.background,
    times: c.times.map((t) => t.span.text),
    places: c.places.map((p) => p.name),
  }));

describe('a locative relative clause', () => {
  it('after a comma: its date stays its own, its place is the antecedent', () => {
    expect(claims('The ministers met in Leeds, where the mill had closed in May.')).toEqual([
      { predicate: 'meet', background: undefined, times: [], places: ['Leeds'] },
      { predicate: 'close', background: 'relative', times: ['May'], places: ['Leeds'] },
    ]);
  });

  it('restrictive, after a common noun', () => {
    expect(claims('Anglers gathered on a lake where pike numbers had been rising.').map((c) => [c.predicate, c.background])).toEqual([
      ['gather', undefined],
      ['rise', 'relative'],
    ]);
  });

  it('an indirect question after a verb is no relative clause', () => {
    expect(claims('Police did not say where the man was held.').map((c) => c.predicate)).toEqual(['say']);
  });


  it('a trend in the relative clause is compared with another report', () => {
    expect(alertKinds('Anglers gathered on a lake where pike numbers had been rising.', 'Pike numbers on the lake have been falling for years.')).toEqual(['opposition']);
  });

  it('the same trend told twice is no clash', () => {
    expect(alertKinds('Anglers gathered on a lake where pike numbers had been rising.', 'Pike numbers on the lake have been climbing for years.')).toEqual([]);
  });
});
