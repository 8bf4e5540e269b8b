/**
 * A clause-initial word the tagger reads as an imperative, before a noun that a relative clause modifies and with the
 * clause's finite verb after that relative clause, premodifies the noun (extract/relative-subjects.ts; Quirk et al.
 * 1985 § 17.108): "Supply trucks that left on Friday have not arrived". Sentences invented for this file; expectations
 * written before the first run. Hard negatives: an imperative with a relative clause on its object and no finite verb
 * after it, and a subject the tagger already reads as a noun.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' }).map((c) => [c.proposition.predicate?.lemma, c.proposition.negated, c.times.map((t) => t.span.text), c.background]);

describe('a noun modifier read as an imperative before a relative clause', () => {
  it('the main clause is the finite verb after the relative clause, the relative its own claim', () => {
    expect(read('Supply trucks that left on Friday have not arrived.')).toEqual([
      ['arrive', true, [], undefined],
      ['leave', false, ['Friday'], 'relative'],
    ]);
  });

  it('an imperative with a relative clause on its object is left as it is', () => {
    expect(read('Avoid roads that were flooded on Monday.')[0]![0]).toBe('avoid');
  });

  it('a subject read as a noun already is unchanged', () => {
    expect(read('Rescue teams that arrived on Monday are still searching.').map((c) => c[0])).toEqual(['search', 'arrive']);
  });
});
