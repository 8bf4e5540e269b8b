/**
 * A part counted in one report and told as a part of the whole in another ("64 floats in Kettlebury alone" / "131
 * floats across the three towns, of which Kettlebury built 64") is no clash; two different parts still are.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const WHOLE = 'Across the three towns there were 131 floats this year, our highest total, of which Kettlebury built 64.';

describe('a part told inside the whole', () => {
  it('the same part in both reports agrees (hard negative)', () => {
    expect(clashes('The Kettlebury carnival drew record crowds, with 64 floats in the village alone.', WHOLE, ['2026-08-30'])).toEqual([]);
  });
  it('a different part clashes (positive)', () => {
    expect(clashes('Kettlebury built 71 floats this year, the most of the three towns.', WHOLE, ['2026-08-30']).map(([kind]) => kind)).toEqual(['numeric']);
  });
});
