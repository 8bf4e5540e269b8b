/**
 * A denial against another holder's report, claim or allegation of the same act (issue 15: happened vs denied), and a
 * report told only to be called false, which sides with the denial (reporting-to-rebut). Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, alertsWithEvidence, analyzeTwoReports } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('a denial against a report of the same act', () => {
  // A denial is the denier's firm negation of the act: one side affirms what the other negates (polarity).
  // At the medium/high border after this session's refit (0.798; high from 0.80): the band is either.
  it('"X did it, the newspaper reported" / "X denied doing it": polarity, medium or high', () => {
    expect(reported('The surgeon performed the risky operation, the evening newspaper reported.', 'The surgeon denied performing the risky operation.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['performed', 'denied performing'] },
    ]);
  });

  // The band depends on the fitted certainty weight (medium or high across refits); the order does not.
  it('"is alleged to have" / "denied": polarity, medium or high, scored below the same act reported firmly', () => {
    const alleged = 'The surgeon is alleged to have performed the risky operation.';
    const denial = 'The surgeon denied performing the risky operation.';
    expect(reported(alleged, denial)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence: ['performed', 'denied performing'] }]);
    const score = (a: string): number => analyzeTwoReports(a, denial).conflicts[0]?.score ?? 0;
    expect(score(alleged)).toBeLessThan(score('The surgeon performed the risky operation, the evening newspaper reported.'));
  });

  it('the same denial told twice, once as "reports … are lies": no conflict', () => {
    expect(reported('The surgeon has said reports she performed the risky operation are lies.', 'The surgeon denied performing the risky operation.')).toEqual([]);
  });

  it('both report the act: no conflict', () => {
    expect(reported('The surgeon performed the risky operation, the evening newspaper reported.', 'The surgeon performed the risky operation, a hospital source claimed.')).toEqual([]);
  });

  it('a report of another act than the one denied: no conflict', () => {
    expect(reported('The surgeon signed the transfer papers, the evening newspaper reported.', 'The surgeon denied performing the risky operation.')).toEqual([]);
  });
});

describe('a truth value that is not about the claim\'s own act', () => {
  it('"spoke to her, the story is not true" / "confirmed the photograph was not her": no conflict', () => {
    expect(reported('The nurse spoke to her sister and the tabloid story is not true, a friend wrote.', 'Another friend confirmed the woman in the photograph was not her sister.')).toEqual([]);
  });
});

describe('a rebutted report with a relative clause after its act', () => {
  it('"said reports she performed the operation before the procedure that killed him are lies" / "denied performing the operation": no conflict', () => {
    expect(reported('The surgeon has said reports she performed the risky operation before the procedure that allegedly killed the patient are lies.', 'The surgeon denied performing the risky operation.')).toEqual([]);
  });
});

describe('a hedged rebuttal', () => {
  it('"said reports she performed the operation may be false" / "the newspaper reported she performed it": no opposition', () => {
    expect(reported('The surgeon has said reports she performed the risky operation may be false.', 'The surgeon performed the risky operation, the evening newspaper reported.').filter((c) => c.kind === 'opposition')).toEqual([]);
  });
});
