/**
 * A place the other report names only inside a name or as a modifier ("Calderbrook's clog festival" / "the Calderbrook
 * Clog Festival in West Yorkshire") is spoken of by both: no location clash. Places read as places in other roles, or two
 * different towns, still clash. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

describe('a place named inside the other report', () => {
  it('a town named inside the festival\'s name agrees with a region (hard negative)', () => {
    expect(clashes(
      'Nine morris dancers were hurt when a stage gave way at Hebbleford\'s folk weekend.',
      'A stage gave way at the Hebbleford Folk Weekend in West Yorkshire, injuring nine dancers.',
      ['2026-06-20'],
    )).toEqual([]);
  });

  it('two different towns still clash (positive)', () => {
    expect(clashes(
      'Nine morris dancers were hurt when a stage gave way at the folk weekend in Hebbleford.',
      'A stage gave way at the folk weekend in Ossington, injuring nine dancers.',
      ['2026-06-20'],
    ).map(([kind]) => kind)).toEqual(['location']);
  });

  it('a route told the other way round still clashes (positive)', () => {
    expect(clashes(
      'The relief barge sailed from Hebbleford to Ossington on Monday.',
      'The relief barge sailed from Ossington to Hebbleford on Monday.',
      ['2026-06-20'],
    ).map(([kind]) => kind)).toContain('location');
  });
});
