/**
 * "The kennels can now hold 72 dogs": "now" after a modal of ability marks a capacity newly gained, so an earlier
 * capacity is an update, not a clash (lexicon/update-cues.ts). Invented.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => evidenceOf('numeric', a, b, ['2026-03-03', '2026-03-05']);

describe('a capacity newly gained', () => {
  it('updates the earlier capacity', () => {
    expect(numeric('The rescue centre\'s kennels can hold 70 dogs, its manager said.', 'Two new runs mean the rescue centre\'s kennels can now hold 90 dogs, its manager said.')).toEqual([]);
  });

  it('two capacities stated plainly still clash (positive)', () => {
    expect(numeric('The rescue centre\'s kennels can hold 70 dogs, its manager said.', 'The rescue centre\'s kennels can hold 90 dogs, its manager said.')).toEqual([['70 dogs', '90 dogs']]);
  });
});
