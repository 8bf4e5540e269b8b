/**
 * "12,000 bars of soap" / "4,000 bars of its lavender soap": a count of portions of a substance ("bars of", "bottles
 * of", "tonnes of") counts what its "of" phrase names; a restrictive modifier there picks a narrower kind (Quirk et al.
 * 1985 § 17.3), whose count fits inside the wider one. Invented.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => evidenceOf('numeric', a, b, ['2026-01-08']);

describe('a narrower kind in the "of" phrase', () => {
  it('fits inside the wider count', () => {
    expect(numeric('The soap maker sold 12,000 bars of soap over Christmas, its founder said.', 'The soap maker sold 4,000 bars of its lavender and oat soap over Christmas, its founder said.')).toEqual([]);
  });

  it('a larger count of the narrower kind still clashes (positive)', () => {
    expect(numeric('The soap maker sold 3,000 bars of soap over Christmas, its founder said.', 'The soap maker sold 4,000 bars of its lavender soap over Christmas, its founder said.')).toEqual([['3,000 bars', '4,000 bars']]);
  });

  it('two counts of the same stuff still clash (positive)', () => {
    expect(numeric('The soap maker sold 12,000 bars of soap over Christmas, its founder said.', 'The soap maker sold 4,000 bars of soap over Christmas, its founder said.')).toEqual([['12,000 bars', '4,000 bars']]);
  });
});
