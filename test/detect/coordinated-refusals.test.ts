import { describe, expect, it } from 'vitest';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

/**
 * A refusal verb wrapping the first of two coordinated event nouns ("declined the Britannia Award and another Miles
 * Franklin Award") refuses that first one: the words after "and" are another conjunct, not what the first acts on
 * (Quirk § 13.1). A figure before the noun ("the $10,000 award") is a postdeterminer (§ 5.20), not the noun.
 */
describe('a refused event noun in a coordination', () => {
  it.each([
    ['Hallam declined the Britannia Award and another Miles Franklin Award.', 'Hallam got the Britannia Award.'],
    ['Hallam declined the $10,000 Britannia Award.', 'Hallam got the $10,000 Britannia Award.'],
    ['Hallam declined both the $10,000 Britannia Award and another Miles Franklin Award.', 'Hallam got the $10,000 Britannia Award.'],
  ])('%s / %s: polarity', (a, b) => {
    expect(reportedBetween(a, b)).toEqual(oneClash('polarity'));
  });

  it('hard negative: the other conjunct is the award received', () => {
    expect(reportedBetween('Hallam declined the Britannia Award and another Miles Franklin Award.', 'Hallam got the Miles Franklin Award.')).toEqual([]);
  });

  it('hard negative: the same refusal told twice', () => {
    expect(reportedBetween('Hallam declined the $10,000 Britannia Award.', 'Hallam turned down the Britannia Award and another prize.')).toEqual([]);
  });

  it('hard negative: another award with the same figure', () => {
    expect(reportedBetween('Hallam declined the $10,000 Britannia Award.', 'Hallam got the $10,000 Franklin Award.')).toEqual([]);
  });
});
