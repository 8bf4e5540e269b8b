/**
 * A sentence restated with a clause added (syndicated copies) is no conflict with itself (issue 15, class
 * "restatements not recognised"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): string[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);
}

const SHORT = 'Heavy fighting has been reported on the edge of Kelby where rebels are trying to seize the port.';

describe('restatements', () => {
  it('the same sentence with a clause added: no clash', () => {
    expect(reported(SHORT, 'Heavy fighting has been reported on the edge of Kelby where rebels are trying to seize the port, despite ongoing air strikes against the group.')).toEqual([]);
  });

  it('the same words with a negation inserted are not a restatement: polarity', () => {
    expect(reported('The bridge over the river will reopen to traffic on Monday.', 'The bridge over the river will not reopen to traffic on Monday.')).toEqual(['polarity']);
  });

  it('the same sentence under a caption label, with a clause added: no clash', () => {
    expect(reported('Frontline: ' + SHORT, 'Heavy fighting has been reported on the edge of Kelby where rebels are trying to seize the port, despite ongoing air strikes.')).toEqual([]);
  });

  it('a different figure at the start is not a label: numeric', () => {
    expect(reported('Forty people died in the floods in the north of the country on Monday.', 'Ninety people died in the floods in the north of the country on Monday.')).toEqual(['numeric']);
  });

  it('the same words said by one source and denied by another: a clash', () => {
    expect(reported('The mayor said on Tuesday that the budget is balanced.', 'The mayor denied on Tuesday that the budget is balanced.')).not.toEqual([]);
  });

  it('the same words with a different figure are not a restatement: numeric', () => {
    expect(reported('Floods forced 300 families from their homes in Kelby.', 'Floods forced 3,000 families from their homes in Kelby.')).toEqual(['numeric']);
  });
});
