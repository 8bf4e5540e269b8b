/**
 * A report of what will happen, set against a later report of what did, is a prediction and its outcome, not two
 * rival accounts; on the same day the two are rivals. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: [string, string], b: [string, string]) =>
  analyze({
    documents: [
      { id: 'a', source: { name: 'Coast Gazette' }, publishedAt: a[0], text: a[1] },
      { id: 'b', source: { name: 'Harbour Radio' }, publishedAt: b[0], text: b[1] },
    ],
  }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

const PLAN = 'The county trust will plant 400 oaks along the estuary path between November 2026 and February 2027, its director said.';
const DONE = 'The county trust planted 310 oaks along the estuary path between November 2026 and February 2027, its director said.';

describe('a plan and a later outcome', () => {
  it('a figure planned in one report and achieved in a later one is silent (forecast vs outcome, hard negative)', () => {
    expect(kinds(['2026-10-02', PLAN], ['2027-03-20', DONE])).toEqual([]);
  });
  it('the same two told on one day are rival figures', () => {
    expect(kinds(['2027-03-20', PLAN], ['2027-03-20', DONE])).toEqual(['numeric']);
  });
  it('two plans with different figures still clash, whatever their dates', () => {
    const other = 'The county trust will plant 150 oaks along the estuary path between November 2026 and February 2027, its director said.';
    expect(kinds(['2026-10-02', PLAN], ['2026-11-20', other])).toEqual(['numeric']);
  });
  it('an outcome told before the plan is no outcome of it: the two clash', () => {
    expect(kinds(['2027-03-20', PLAN], ['2026-10-02', DONE])).toEqual(['numeric']);
  });
});

describe('an outcome is told of its past', () => {
  it('a later report that dates the act after its own day is no outcome: the dates clash', () => {
    expect(kinds(
      ['2026-01-05', 'The museum will return the tapestry to the guildhall on February 3, the curator said.'],
      ['2026-01-20', 'The guildhall has waited years for the tapestry, which the museum has agreed to return on February 17.'],
    )).toContain('temporal');
  });
});

describe('a plan whose time is not over', () => {
  it('a sum to be received this year against a cut told the next day still clashes', () => {
    expect(kinds(
      ['2026-03-04', 'The festival will receive £20,000 from the arts council this year, the council said.'],
      ['2026-03-05', 'The festival received £14,000 from the arts council this year after a cut, its chair said.'],
    )).toContain('numeric');
  });
});

describe('a plan told in the past is still a plan', () => {
  it('"were told it would weigh" in a later report is no outcome: the figures clash', () => {
    expect(kinds(
      ['2026-06-10', 'The new chapel bell will weigh 450 kilograms, its founder said.'],
      ['2026-06-11', 'Councillors were told the new chapel bell would weigh 600 kilograms, according to a surveyor.'],
    )).toContain('numeric');
  });
});
