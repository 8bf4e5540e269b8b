/**
 * A capitalised word before a numeral is a numbered name ("Channel 4", "Route 66", "Gate 12"), not a verb with a
 * figure for its object (src/extract/numbered-names.ts). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

function main(text: string): { actor?: string; predicate?: string; figures: number[] } {
  const claim = analyze({ documents: [{ id: 'd', source: { name: 'Metro Wire' }, text }] }).claims[0];
  return { actor: claim?.proposition.actor?.text, predicate: claim?.proposition.predicate?.lemma, figures: claim?.quantities.map((q) => q.value as number) ?? [] };
}

describe('a numbered name is the subject, not the verb', () => {
  it('"Channel 5 dropped the quiz show": the verb is "drop"', () => {
    expect(main('Channel 5 dropped the quiz show on Friday.')).toMatchObject({ actor: 'Channel', predicate: 'drop', figures: [] });
  });

  it('"Route 9 reopened": the verb is "reopen", and 9 is no count', () => {
    expect(main('Route 9 reopened to lorries on Monday.')).toMatchObject({ actor: 'Route', predicate: 'reopen', figures: [] });
  });

  it('inside a report: "the council said Gate 12 will close"', () => {
    expect(main('The airport said Gate 12 will close for repairs.').predicate).toBe('close');
  });

  it('hard negative: a lower-case verb keeps its figure ("will cut 40 jobs")', () => {
    expect(main('The mill will cut 40 jobs in May.')).toMatchObject({ predicate: 'cut', figures: [40] });
  });

  it('hard negative: a clause-initial imperative with no verb after the figure stays a verb ("Add 2 cups …"), so a directive', () => {
    const report = analyze('Add 2 cups of flour to the bowl.');
    expect({ claims: report.claims.length, skipped: report.skipped.map((s) => [s.reason, s.span.text]) }).toEqual({ claims: 0, skipped: [['directive', 'Add 2 cups of flour to the bowl']] });
  });
});

describe('two reports of what a numbered name did', () => {
  it('"Channel 5 dropped the show" against "Channel 5 kept the show" is read as one event', () => {
    const found = reportedBetween('Channel 5 dropped the quiz show on Friday, the broadcaster said.', 'Channel 5 did not drop the quiz show on Friday, the broadcaster said.');
    expect(found).toEqual([{ kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/) }]);
  });

  it('hard negative: the same fact twice is no clash', () => {
    expect(reportedBetween('Route 9 reopened to lorries on Monday.', 'Lorries were back on Route 9 on Monday after it reopened.')).toEqual([]);
  });
});
