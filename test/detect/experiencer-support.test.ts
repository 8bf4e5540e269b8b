import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const strongest = strongestOfUndated;

describe('"suffered an injury" / "sustained injuries" is "was injured" (NomBank support verbs)', () => {
  it.each([
    ['one person', 'The striker was not injured.', 'The striker suffered a knee injury.'],
    ['nobody against three', 'No one was injured in the blast.', 'Three workers sustained injuries in the blast.'],
  ])('%s: a polarity conflict at medium or high', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('polarity');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
  });

  it.each([
    ['another person', 'The striker was not injured.', 'The goalkeeper suffered a knee injury.'],
    ['the same injury told twice', 'The striker suffered a knee injury.', 'The striker was injured in training.'],
    ['a loss in other words', 'The company suffered a loss.', 'The company lost money.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
