import { describe, expect, it } from 'vitest';
import { analyzeTwoReports, oneClash, reportedBetween } from '../helpers/two-reports.js';

/** Medium-or-high conflicts as kind and whether a background claim (relative, participle, appositive) is in the pair. */
function withBackground(a: string, b: string): { kind: string; background: boolean }[] {
  const report = analyzeTwoReports(a, b);
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  return report.conflicts
    .filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, background: c.claims.some((id) => byId.get(id)?.background !== undefined) }));
}

describe('detection: background claims meet the other report', () => {
  it('a relative clause\'s date against the same event told plainly', () => {
    expect(withBackground('The ferry, which was built in 1998, sank off Crete.', 'The ferry was built in 2001.')).toEqual([{ kind: 'temporal', background: true }]);
    expect(withBackground('The ship that did not reach Oslo sank.', 'The ship reached Oslo.')).toEqual([{ kind: 'polarity', background: true }]);
  });

  it('the same fact, or the fact a denial leaves standing, is no conflict (hard negatives)', () => {
    expect(reportedBetween('The ferry, which was built in 1998, sank off Crete.', 'The ferry was built in 1998.')).toEqual([]);
    expect(reportedBetween('The firm denied that the plant, which it bought in 2019, was polluting the river.', 'The firm bought the plant in 2019.')).toEqual([]);
  });

  it('a rebuttal of a report reaches its point, not what it takes as known', () => {
    expect(withBackground('The Ledger reported that the mill, which Enel bought in May, will close.', 'Enel said the Ledger report is not true.')).toEqual([{ kind: 'polarity', background: false }]);
  });
});

describe('detection: converses tell one deal from either party', () => {
  it('"sold to Enel" and "Enel bought" agree; one agent buying and selling clashes', () => {
    expect(reportedBetween('The mill was sold to Enel in May.', 'Enel bought the mill in May.')).toEqual([]);
    expect(reportedBetween('The mill was later bought by Enel.', 'The mill was sold to Enel.')).toEqual([]);
    expect(reportedBetween('Enel bought the mill in May.', 'Enel sold the mill in May.')).toEqual(oneClash('opposition'));
  });
});
