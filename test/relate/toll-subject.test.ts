/**
 * A count told as the value of its subject (issue 10, one thing under different descriptions): "the death toll from
 * the fire … stands at 12" counts the dead, as "the fire killed 31 workers" does, however far the subject's outcome
 * word stands from the bare figure. Sentences invented for this file. Hard negatives: a count of the injured against
 * the toll, the same figure, and an update ("has risen to").
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('a toll told by its subject', () => {
  it.each([
    ['killed / the death toll … stands at', 'The mine fire in Soma killed 31 workers.', 'The death toll from the mine fire in Soma stands at 12.'],
    ['left dead / killed', 'The earthquake left 140 dead in Sulawesi.', 'The earthquake killed 60 people in Sulawesi.'],
  ])('%s: numeric', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS }]);
  });

  it.each([
    ['injured against the death toll', 'The mine fire in Soma injured 31 workers.', 'The death toll from the mine fire in Soma stands at 12.'],
    ['the same figure', 'The mine fire in Soma killed 12 workers.', 'The death toll from the mine fire in Soma stands at 12.'],
    ['injured residents against the death toll', 'The storm in Manila injured 40 residents.', 'The death toll from the storm in Manila stands at 9.'],
    ['an update of the toll', 'The ferry disaster off Jindo killed 300 passengers.', 'The death toll from the ferry disaster off Jindo has risen to 180.'],
  ])('hard negative, %s: none', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
