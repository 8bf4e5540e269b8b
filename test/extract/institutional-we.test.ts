/**
 * A speaker's "we" includes the speaker and the body they speak for (Quirk et al. 1985 § 6.13): "'We will appeal
 * the ruling,' the gallery's director said" has the gallery as its actor (extract/pronoun-actor.ts bodySpokenFor).
 * Sentences invented for this file; expectations written before the first run. Hard negatives: another body's
 * speaker, and the same statement reported twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: string, b: string) => analyze({ documents: [{ id: 'a', text: a }, { id: 'b', text: b }] }).conflicts.map((c) => c.kind);

describe('a speaker\'s "we" is the body they speak for', () => {
  it.each([
    ['We will appeal the ruling, the gallery\'s director said on Monday.'],
    ['We will appeal the ruling, a spokesman for the gallery said on Monday.'],
    ['We will appeal the ruling, the director of the gallery said on Monday.'],
  ])('"%s" clashes with "the gallery will not appeal the ruling"', (b) => {
    expect(kinds('The gallery would not appeal the ruling, its owner said on Monday.', b)).toEqual(['polarity']);
  });

  it('hard negative: the "we" of another body\'s speaker', () => {
    expect(kinds('The gallery would not appeal the ruling, its owner said on Monday.', 'We will appeal the ruling, the director of the museum said on Monday.')).toEqual([]);
  });

  it('hard negative: the same statement reported twice', () => {
    expect(kinds('The gallery will appeal the ruling, its owner said on Monday.', 'We will appeal the ruling, the gallery\'s director said on Monday.')).toEqual([]);
  });
});
