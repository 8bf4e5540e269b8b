/**
 * A figure told in the present progressive or present perfect is still moving when reported ("are running 12 per cent
 * behind"); a later report's past figure is where it ended, not a rival. Reports of one day, or two past figures, still
 * clash. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const RUNNING = 'Bookings for boating holidays on the Ashby Canal are running about 12 per cent behind last year, hire firms said.';
const ENDED = 'Boatyards on the Ashby Canal finished the season with bookings about 3 per cent up on last year.';

describe('a running figure, then where it ended', () => {
  it('an earlier running figure and a later final one agree (hard negative)', () => {
    expect(clashes(RUNNING, ENDED, ['2026-05-12', '2026-10-20'])).toEqual([]);
  });
  it('the same two on one day clash (positive)', () => {
    expect(clashes(RUNNING, ENDED, ['2026-10-20', '2026-10-20']).map(([kind]) => kind)).toEqual(['numeric']);
  });
  it('the running figure in the later report still clashes (positive)', () => {
    expect(clashes(RUNNING, ENDED, ['2026-10-20', '2026-05-12']).map(([kind]) => kind)).toEqual(['numeric']);
  });
  it('two past figures days apart still clash (positive)', () => {
    expect(clashes(
      'Boatyards on the Ashby Canal finished the season with bookings about 8 per cent up on last year.',
      ENDED,
      ['2026-10-18', '2026-10-20'],
    ).map(([kind]) => kind)).toEqual(['numeric']);
  });
});
