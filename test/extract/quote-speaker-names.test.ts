/**
 * A capitalised reporting-verb form inside a name ("the Northern State Militia") is no reporting verb: the quote's
 * speaker is not read from the words before it (issue 15, an accused party credited with the accuser's words).
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function speakers(text: string): (string | undefined)[] {
  const report = analyze({ documents: [{ id: 'd', source: { name: 'Wire' }, text }] });
  return report.claims.flatMap((c) => c.quotes.map((q) => q.speaker));
}

describe('a verb form inside a name does not mark the speaker', () => {
  it('"accused the Northern State Militia of “war crimes”": the militia is not the speaker', () => {
    expect(speakers('Vera Lind briefed the council and accused the Northern State Militia of “war crimes” in the valley.')).not.toContain('the Northern');
  });

  it('a verb in lower case still marks its speaker', () => {
    expect(speakers('The envoy said “the valley is lost” on Tuesday.')).toEqual(['The envoy']);
  });

  it('the same charge reported by two outlets is no attribution clash', () => {
    const report = analyzeTwoReports(
      'Vera Lind, who said a dozen nurses had fled, briefed the council and accused the Northern State Militia of “war crimes” in the valley.',
      'Lind also accused the militia of “war crimes” as it shelled the valley.',
    );
    expect(report.conflicts.filter((c) => c.band !== 'low')).toEqual([]);
  });
});
