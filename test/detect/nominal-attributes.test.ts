/**
 * Excluding attributes of one named subject given in predicate nominals (issue 11): "Moreau was a liberal politician"
 * says Moreau is liberal, which "Moreau was a conservative politician" excludes. Sentences invented for this file;
 * hard negatives: two subjects, attributes that do not exclude each other, an attribute of someone else.
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

/** Medium-or-high conflicts between the two documents, as kind and band (bands move with each refit: medium or high). */
const reported = reportedBetween;

describe('attributes of a predicate nominal are held of its subject', () => {
  it.each([
    ['Moreau was a liberal politician.', 'Moreau was a conservative politician.'],
    ['Moreau was a liberal thinker whose essays angered many conservative politicians.', 'Moreau was a conservative politician.'],
  ])('%s / %s: opposition', (a, b) => {
    expect(reported(a, b)).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS }]);
  });

  it.each([
    ['two subjects', 'Moreau was a liberal politician.', 'Dupont was a conservative politician.'],
    ['attributes that do not exclude', 'Moreau was a liberal politician.', 'Moreau was a successful politician.'],
    ['the attribute of others', 'Moreau angered many conservative politicians.', 'Moreau was a liberal thinker.'],
  ])('hard negative, %s: none', (_, a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});
