/**
 * A light verb says little of its event; its object noun names it (Jespersen's light verbs): "took the decision" and
 * "samples were taken" are two events, so their dates do not clash, while "took the decision" told twice is one
 * event whose dates do. Every sentence is invented for this file; both reports are dated Saturday 14 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

/** Medium-or-high conflicts of two reports published on 2026-03-14, as [kind, the evidence's words]. */
const conflicts = (a: string, b: string) => clashes(a, b, ['2026-03-14']);

describe('light verbs with different object nouns', () => {
  // The first and third pairs held before this rule; the second was a temporal false alarm ("today" vs "Thursday 12 March").
  it('two objects of one light verb are two events (hard negatives)', () => {
    expect(conflicts(
      'The rowing club took the decision to cancel the regatta on Friday.',
      'Water samples were taken at the lake on Wednesday, the agency said.',
    )).toEqual([]);
    expect(conflicts(
      'The market board held talks with the stallholders on Monday.',
      'The market board held elections for its chair on Wednesday.',
    )).toEqual([]);
  });

  it('two objects of one light verb at one place are still two events (hard negative)', () => {
    expect(conflicts(
      'We have taken the hard decision to cancel today\'s Ullswater regatta ourselves.',
      'The agency confirmed that samples taken at Ullswater on Thursday 12 March showed high levels of algae near the start.',
    )).toEqual([]);
  });

  it('one object of one light verb told twice is one event (positive)', () => {
    expect(conflicts(
      'The rowing club took the decision to cancel the regatta on Friday.',
      'The decision to cancel the regatta was taken on Wednesday, the rowing club said.',
    )).toEqual([['temporal', ['Friday', 'Wednesday']]]);
  });
});
