/**
 * "now" in a report published after another sets the present against the earlier report's time: "the borough now
 * licenses 560 huts" (July) updates "licenses 520 huts" (January). Reports of one day still compare, and a later report
 * without "now" still clashes. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const EARLIER = 'The borough licenses 520 beach huts along its promenade, the council said.';
const LATER_NOW = 'With the new plots, the borough now licenses 560 beach huts along its promenade.';

describe('"now" in a later report', () => {
  it('a later report with "now" tells a change (hard negative)', () => {
    expect(clashes(EARLIER, LATER_NOW, ['2026-01-16', '2026-07-21'])).toEqual([]);
  });

  it('the same reports on one day still clash (positive)', () => {
    expect(clashes(EARLIER, LATER_NOW, ['2026-07-21', '2026-07-21']).map(([kind]) => kind)).toEqual(['numeric']);
  });

  it('"now" in the earlier report tells no change since the later one (positive)', () => {
    expect(clashes(LATER_NOW, EARLIER, ['2026-01-16', '2026-07-21']).map(([kind]) => kind)).toEqual(['numeric']);
  });
});

describe('"now" in a later report, counted as one set', () => {
  it('a later report with "now" and the plots that changed the count (hard negative)', () => {
    expect(clashes(
      'The borough licenses 520 beach huts along its two promenades, and none has become available since last spring.',
      'The council has released 40 new beach hut plots near the pier. With the new plots, the borough now licenses 560 beach huts.',
      ['2026-01-16', '2026-07-21'],
    )).toEqual([]);
  });
});
