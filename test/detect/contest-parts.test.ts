/**
 * A count for one bout of a meeting ("the under-eights' race at the egg roll drew 40 children") against a count for the
 * whole meeting ("more than 120 children took part in the egg roll") counts a part of the whole: it clashes only when
 * the part is larger. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => clashes(a, b).filter(([k]) => k === 'numeric');

describe('one bout of a meeting against the whole meeting', () => {
  it.each([
    ["The juniors' race at the Tarn Beck fell run drew 35 runners on Sunday.", 'More than 200 runners took part in the Tarn Beck fell run on Sunday.'],
    ['The final round of the Oakley quiz night had 12 teams.', 'Some 30 teams entered the Oakley quiz night.'],
  ])('silent: %s / %s', (a, b) => {
    expect(numeric(a, b)).toEqual([]);
  });

  it('hard negative: a part larger than the whole still clashes', () => {
    expect(numeric("The juniors' race at the Tarn Beck fell run drew 350 runners on Sunday.", 'Only 200 runners took part in the Tarn Beck fell run on Sunday.')).toEqual([
      ['numeric', ['350 runners', '200 runners']],
    ]);
  });

  it('hard negative: two counts of the whole meeting still clash', () => {
    expect(numeric('The Tarn Beck fell run drew 35 runners on Sunday.', 'More than 200 runners took part in the Tarn Beck fell run on Sunday.')).toEqual([
      ['numeric', ['35 runners', 'More than 200 runners']],
    ]);
  });
});
