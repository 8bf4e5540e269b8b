/**
 * A figure for one of the things another report lists ("the River Tone yielded 65,000 tonnes" / "across the Parrett,
 * Tone, Brue and King's Sedgemoor Drain, 210,000 tonnes") is a part of the listed whole: it clashes only when larger.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => clashes(a, b).filter(([k]) => k === 'numeric');

describe('one of the listed things', () => {
  it.each([
    ['Across the Avon, Frome, Chew and Boyd, contractors removed 90,000 tonnes of silt.', 'The River Frome yielded 20,000 tonnes of silt this season.'],
    ['Volunteers from Leeds, York and Hull collected 400 bags of litter.', 'Volunteers from York collected 150 bags of litter.'],
  ])('silent: %s / %s', (a, b) => {
    expect(numeric(a, b)).toEqual([]);
  });

  it('hard negative: a part larger than the listed whole still clashes', () => {
    expect(numeric('Across the Avon, Frome, Chew and Boyd, contractors removed 9,000 tonnes of silt.', 'The River Frome yielded 20,000 tonnes of silt this season.')).toEqual([
      ['numeric', ['9,000 tonnes', '20,000 tonnes']],
    ]);
  });

  it('hard negative: two figures with no list still clash', () => {
    expect(numeric('Volunteers collected 400 bags of litter.', 'Volunteers collected 150 bags of litter.')).toEqual([['numeric', ['400 bags', '150 bags']]]);
  });
});
