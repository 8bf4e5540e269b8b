import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// Change verbs by direction (Levin § 45.6 with Merriam-Webster's "ease"; Cambridge's "pick up": to increase).
describe('"ease" and "pick up" tell a fall and a rise', () => {
  const eased = 'Factory output eased in June, the ministry said.';

  it('a fall against a rise of one measure in one month clashes', () => {
    expect(conflicts(eased, 'Factory output picked up in June, the ministry said.')).toEqual(['opposition:medium']);
    expect(conflicts('Freight volumes picked up in October, the port said.', 'Freight volumes eased in October, according to the port.')).toEqual(['opposition:medium']);
  });

  it('two falls in other words agree (paraphrase), and the same report twice is silent', () => {
    expect(conflicts(eased, 'Factory output slowed in June, the ministry said.')).toEqual([]);
    expect(conflicts(eased, 'In June factory output eased, the ministry said.')).toEqual([]);
  });

  it('a rise in another month is a sequence, and another measure is another thing', () => {
    expect(conflicts(eased, 'Factory output picked up in July, the ministry said.')).toEqual([]);
    expect(conflicts('Wage growth eased in May.', 'Inflation picked up in May.')).toEqual([]);
  });

  it('"picked up" of people is no rise against an arrest', () => {
    expect(conflicts('Police picked up two suspects on Friday.', 'Police arrested two suspects on Friday.')).toEqual([]);
  });
});
