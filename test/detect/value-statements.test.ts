import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const strongest = strongestOfUndated;

describe('one value of one subject stated with two verbs of amounting ("was" / "stood at" / "totalled")', () => {
  it.each([
    ['"was" / "stood at", shares', 'Turnout was 62 percent.', 'Turnout stood at 48 percent.'],
    ['"was" / "stood at", a bare count', 'The death toll was 40.', 'The death toll stood at 12.'],
  ])('%s: a numeric conflict at medium or high', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('numeric');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict!.score).toBeGreaterThanOrEqual(0.55);
  });

  it.each([
    ['two years', 'Turnout was 62 percent in 2019.', 'Turnout stood at 48 percent in 2023.'],
    ['two places', 'Turnout in Ohio was 62 percent.', 'Turnout in Texas stood at 48 percent.'],
    ['two tolls', 'The death toll was 40.', 'The injury toll stood at 120.'],
    ['two subjects', 'Inflation was 3 percent.', 'Unemployment stood at 7 percent.'],
    ['a figure in the subject, not the value', 'A 4-inch model of the phone was in development.', 'Last year’s model of the phone was a flop.'],
    ['a value reached, which a later report may update', 'The death toll reached 40.', 'The death toll stood at 12.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
