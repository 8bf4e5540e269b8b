/**
 * "went into the interval 11 points up", "two goals clear", "three shots behind": a count followed by "up", "down",
 * "ahead", "behind" or "clear" is a lead, the difference between two scores, as a duration before "ahead" already was
 * (Quirk et al. 1985 § 9.58 on measure phrases of difference): it is marked dimension 'margin', so "finished with 27
 * points" is no rival figure for it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const dims = (text: string) => extractQuantities({ text, view: text }, { start: 0, end: text.length }).map((q) => [q.value, q.dimension]);

describe('a count before a word of lead is a margin', () => {
  it.each([
    ['The Falcons went into the interval 11 points up.', [[11, 'margin']]],
    ['United were two goals down at half-time.', [[2, 'margin']]],
    ['She finished three shots clear of the field.', [[3, 'margin']]],
  ])('%s', (text, want) => {
    expect(dims(text)).toEqual(want);
  });

  it('a count of points scored stays a count (hard negative)', () => {
    expect(dims('Ilic finished with 27 points.')).toEqual([[27, 'count']]);
    expect(dims('Some 300 people were up early.')).toEqual([[300, 'count']]);
  });
});
