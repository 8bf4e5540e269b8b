/**
 * One counted set as the theme of two related acts: the object of a transitive verb and the subject of the verb it is
 * a kind of or causes ("will shift 40 lorries" / "70 lorries will move"; WordNet hypernymy and cause), counted by one
 * non-generic noun (issues 10 and 11). Hard negatives: unrelated acts, people in general, a group taken away and some
 * of it back, part of the set. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => alertsWithEvidence(a, b).filter((c) => c.kind === 'numeric');

describe('one counted theme of two related acts: a numeric clash', () => {
  it('object of "shift" / subject of "move"', () => {
    expect(numeric('The relocation, which will take place in March, will shift 40 lorries and 150 drivers.', 'Staff were told that 70 lorries will move to the new yard.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['40 lorries', '70 lorries'] },
    ]);
  });
});

describe('hard negatives: no numeric clash', () => {
  it.each([
    // Unrelated acts on one kind of thing.
    ['The relocation, which will take place in March, will shift 40 lorries and 150 drivers.', 'Staff were told that 70 lorries failed their safety checks.'],
    // People in general.
    ['The relocation, which will take place in March, will shift 40 people and 150 desks.', 'Staff were told that 70 people will move to the new yard.'],
    // Taken away, then some back: two movements of one kind of group.
    ['Rescuers evacuated 300 residents on Monday.', 'About 120 residents moved back home.'],
    // Part of the set.
    ['The relocation, which will take place in March, will shift 40 lorries and 150 drivers.', 'Staff were told that 12 of the lorries will move first.'],
  ])('%s / %s', (a, b) => {
    expect(numeric(a, b)).toEqual([]);
  });
});
