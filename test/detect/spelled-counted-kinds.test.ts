/**
 * A spelled-out count restricts its noun as a figure in digits does: "three injured walkers" is a narrower kind than
 * "twelve walkers" (a restrictive modifier picks a subset, Quirk et al. 1985 § 17.3). Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('spelled-out counts of a narrower kind', () => {
  it('"three injured walkers" within "twelve walkers" is silent (hard negative)', () => {
    expect(kinds('Three injured walkers were rescued from the ridge on Sunday.', 'Twelve walkers were rescued from the ridge on Sunday.')).toEqual([]);
  });
  it('a narrower kind larger than the wider count still clashes', () => {
    expect(kinds('Fifteen injured walkers were rescued from the ridge on Sunday.', 'Twelve walkers were rescued from the ridge on Sunday.')).toEqual(['numeric']);
  });
  it('a spelled-out count with a describing adjective is the same kind: the counts still clash', () => {
    expect(kinds('The navy fired two short-range rockets into the bay on Sunday.', 'Three rockets were fired into the bay on Sunday.')).toEqual(['numeric']);
  });
  it('"two of our members" is a partitive, no kind: it still clashes with another count', () => {
    expect(kinds('Two of our walkers were rescued from the ridge on Sunday, the club said.', 'Twelve walkers were rescued from the ridge on Sunday, the club said.')).toContain('numeric');
  });
  it('two spelled-out counts of one kind still clash', () => {
    expect(kinds('Three walkers were rescued from the ridge on Sunday.', 'Twelve walkers were rescued from the ridge on Sunday.')).toEqual(['numeric']);
  });
});
