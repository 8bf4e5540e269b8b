/**
 * Two finders named for one find: "A cleaner found the painting" / "A security guard found the painting". "Find" is a
 * light verb elsewhere ("found it difficult"), but done to a thing with no complement it is the act of finding it
 * (FrameNet Becoming_aware / Locating: find, discover, spot, uncover, locate, unearth). Every sentence invented for
 * this file; hard negatives: a complement after the object (a state found), the same finder twice, another thing.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('two finders of one thing: actor', () => {
  it.each([
    ['A cleaner found the painting in the cellar.', 'A security guard found the painting in the cellar.', ['A cleaner', 'A security guard']],
    ['The stolen laptops were found by a jogger on Tuesday.', 'Police found the stolen laptops on Tuesday.', ['jogger', 'Police']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'actor', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['a state found, not a thing', 'Inspectors found the kitchen dirty.', 'A chef found the kitchen dirty.'],
    ['the same finder twice', 'A cleaner found the painting in the cellar.', 'The painting was found in the cellar by a cleaner.'],
    ['another thing found', 'A cleaner found the painting in the cellar.', 'A security guard found the frame in the garden.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
