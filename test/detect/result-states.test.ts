/**
 * A state left by an act ("was killed" → dead) against the state it excludes ("is alive"), issue 15's alive vs
 * killed. Every sentence is invented for this file; hard negatives: another holder, the person as the killer, the
 * same state twice.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; evidence: string[] }[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('alive against a participle that leaves its patient dead', () => {
  it.each([
    ['Rana Osei is alive, her father said.', 'Rana Osei was killed by militants last week.', 'killed'],
    ['Rana Osei is alive.', 'Rana Osei was beheaded by militants.', 'beheaded'],
    ['Rana Osei is alive.', 'Rana Osei has been murdered.', 'murdered'],
  ])('%s / %s: opposition', (a, b, word) => {
    expect(reported(a, b)).toEqual([{ kind: 'opposition', evidence: ['alive', word] }]);
  });

  it.each([
    ['another holder', 'Rana Osei is alive, her father said.', "Rana Osei's brother was killed by militants last week."],
    ['the person as the killer', 'Rana Osei is alive, her father said.', 'Rana Osei killed two militants last week.'],
    ['the same state twice', 'Rana Osei is alive, her father said.', 'Rana Osei is alive and well.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});
