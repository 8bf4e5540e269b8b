/**
 * A count in one division of a show or contest ("48 entries in the Newcomers' section") against the count of the whole
 * ("340 entries") is a part, no rival figure; a part larger than the whole, or two counts of one division, still clash.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const WHOLE = 'The quilting show had 340 entries from 62 guilds this year, the organisers said.';

describe('a count in one division', () => {
  it('a smaller count in one section is part of the whole (hard negative)', () => {
    expect(clashes(
      'Ann Pryce won the Dales Quilt Award on Saturday. There were 340 entries from 62 guilds.',
      'Ann Pryce\'s quilt was chosen from 48 entries in the Newcomers\' section on Saturday.',
      ['2026-09-14'],
    )).toEqual([]);
  });
  it('two counts of the whole show still clash (positive)', () => {
    expect(clashes(WHOLE, 'The quilting show had 410 entries from 62 guilds this year.', ['2026-09-14']).map(([kind]) => kind)).toEqual(['numeric']);
  });
});
