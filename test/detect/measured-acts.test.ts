/**
 * One act measured twice (issue 10): a sum told with a verb and its WordNet 'kind of' ("spent" / "paid"), and a
 * duration told with a copula ("has been out of action for"). Every sentence is invented for this file; each clash
 * has hard negatives beside it (the same sum, other doers, other things bought, other currencies, the same term).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

/** Medium-or-high conflicts between the two documents, as kind and evidence. */
function reported(a: string, b: string): { kind: string; evidence: string[] }[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a sum told with a verb and its kind-of verb (WordNet hypernymy: pay is a kind of spend)', () => {
  it('one doer, one thing paid for, different sums: numeric', () => {
    expect(reported('Marta Lind spent $30,000 on the renovation.', 'Marta Lind paid $3,000 for the renovation.')).toEqual([
      { kind: 'numeric', evidence: ['$30,000', '$3,000'] },
    ]);
    expect(reported('The council spent 4 million euros on the bridge.', 'The council paid 400,000 euros for the bridge.')).toEqual([
      { kind: 'numeric', evidence: ['4 million euros', '400,000 euros'] },
    ]);
  });

  it.each([
    ['the same sum', 'Marta Lind spent $30,000 on the renovation.', 'Marta Lind paid $30,000 for the renovation.'],
    ['another doer', 'Marta Lind spent $30,000 on the renovation.', 'Jon Berg paid $3,000 for the renovation.'],
    ['another thing paid for', 'Eva Holm spent $20,000 on a new car.', 'Eva Holm paid $2,000 for a bicycle.'],
    ['another currency', 'Marta Lind spent 30,000 euros on the renovation.', 'Marta Lind paid $3,000 for the renovation.'],
    ['time spent against money paid', 'Marta Lind spent three weeks on the renovation.', 'Marta Lind paid $3,000 for the renovation.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});

describe('a duration told with a copula', () => {
  it('different terms of one absence: numeric', () => {
    expect(reported('The striker has been out of action for three weeks.', 'The striker has been out of action for only four days.')).toEqual([
      { kind: 'numeric', evidence: ['three weeks', 'four days'] },
    ]);
    expect(reported('Her brother was in hospital for three weeks.', 'Her brother was in hospital for four days.')).toEqual([
      { kind: 'numeric', evidence: ['three weeks', 'four days'] },
    ]);
  });

  it('the same term in other units is no conflict', () => {
    expect(reported('The striker has been out of action for three weeks.', 'The striker has been out of action for 21 days.')).toEqual([]);
  });
});
