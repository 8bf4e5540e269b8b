/**
 * A photo caption's bracketed position label ("her sister (left)") is not a verb (issue 15, class "page furniture read
 * as claims"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; band: string }[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low' && c.documents[0] !== c.documents[1]).map((c) => ({ kind: c.kind, band: c.band }));
}

describe('bracketed caption labels name no act', () => {
  it('"(left)" in a caption is not the opposite of "was joined": no clash', () => {
    expect(
      reported(
        'Nadia Karimi (center), her sister Leila (left) and her cousin, drove the smugglers out of the village after the raid.',
        'Karimi, who was joined by her sister and her cousin, drove the smugglers out of the village.',
      ),
    ).toEqual([]);
  });

  it('a real "left" against "joined" outside brackets is still compared: opposition', () => {
    expect(reported('Her sister left the rescue team on Monday.', 'Her sister joined the rescue team on Monday.')).toEqual([
      { kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/) },
    ]);
  });
});
