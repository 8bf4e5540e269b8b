/**
 * "X, not Y, did it" (contrastive negation) disputes Y's part only in the act it names (issue 15, class "shared words
 * without a shared referent"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; band: string }[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low' && c.documents[0] !== c.documents[1]).map((c) => ({ kind: c.kind, band: c.band }));
}

const CONTRAST = 'During the storm the ferry company ordered the closing of the pier, not the harbour master, a source told the paper.';

describe('contrastive "X, not Y" needs the same act on the other side', () => {
  it('the other side credits Y with the same act: actor', () => {
    expect(reported('The harbour master ordered the closing of the pier during the storm.', CONTRAST)).toEqual([{ kind: 'actor', band: expect.stringMatching(/^(medium|high)$/) }]);
  });

  it.each([
    'The harbour master spoke with the ferry crews about closing the pier.',
    'The harbour master wanted to discuss the storm damage with the ferry company.',
  ])('Y does another act (%s): no clash', (other) => {
    expect(reported(other, CONTRAST)).toEqual([]);
  });
});
