/**
 * A body named by what its people do ("the judging panel", "the rescue team") and those people ("judges", "rescuers")
 * are one doer, not rival ones. A body and other people still clash. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const actors = (a: string, b: string) => clashes(a, b).filter(([k]) => k === 'actor');

describe('a body named by its doers', () => {
  it.each([
    ['Judges upheld the appeal of the Stockton family.', 'The judging panel upheld the appeal of the Stockton family.'],
    ['Rescuers pulled the walker from the river.', 'The rescue team pulled the walker from the river.'],
  ])('one doer: %s / %s', (a, b) => {
    expect(actors(a, b)).toEqual([]);
  });

  it('hard negative: a body and other people still clash', () => {
    expect(actors('Police pulled the walker from the river.', 'The rescue team pulled the walker from the river.')).toEqual([
      ['actor', ['Police', 'The rescue team']],
    ]);
  });
});
