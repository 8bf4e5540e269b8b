/**
 * An event told in the progressive ("was taking place") is under way, not said to be completed (Dowty 1979, the
 * imperfective paradox): a report that it was abandoned or aborted partway agrees with it. A cancellation, which
 * stops the event before it starts, still clashes, and so does an account that the event took place. Invented.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const alerts = (a: string, b: string) => clashes(a, b, ['2026-08-10']);

describe('an event under way against one stopped partway', () => {
  it('agree', () => {
    expect(alerts('The screening in the castle grounds was abandoned halfway through on Friday.', 'The screening was taking place in the castle grounds when the storm broke.')).toEqual([]);
    expect(alerts('The regatta was abandoned after two races.', 'The regatta was being held on the estuary when the wind rose.')).toEqual([]);
  });

  it('a completed event against an abandoned one still clashes (positive)', () => {
    expect(alerts('The screening in the castle grounds was abandoned on Friday.', 'The screening took place in the castle grounds on Friday.')).toEqual([['opposition', ['abandoned', 'took place']]]);
  });

  it('an event under way against a cancelled one still clashes (positive)', () => {
    expect(alerts('The screening in the castle grounds was cancelled.', 'The screening was taking place in the castle grounds.')).toEqual([['opposition', ['cancelled', 'taking place']]]);
  });
});
