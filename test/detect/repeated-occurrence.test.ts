/**
 * Issue 11: an act told as a repeat ("again", "for the second time") may be a later occurrence than the one the other
 * report tells, so its date, place and figure are no rival for that one's. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('repeated occurrences', () => {
  it('won in 2019 / won again in 2021: no clash', () => {
    expect(reported('The team won the title in 2019.', 'The team won the title again in 2021.')).toEqual([]);
  });

  it('held in Leeds / held for the second time in York: no clash', () => {
    expect(reported('The festival was held in Leeds.', 'The festival was held for the second time in York.')).toEqual([]);
  });

  it('cut 300 jobs / cut jobs again, 120 of them: no clash', () => {
    expect(reported('The company cut 300 jobs.', 'The company cut jobs again, eliminating 120 positions.')).toEqual([]);
  });

  it('the same act without a repeat: temporal', () => {
    expect(reported('The team won the title in 2019.', 'The team won the title in 2021.')).toEqual([
      { kind: 'temporal', band: MEDIUM_PLUS, evidence: ['2019', '2021'] },
    ]);
  });

  it('both told as repeats still compare: temporal', () => {
    expect(reported('The team won the title again in 2019.', 'The team won the title again in 2021.')).toEqual([
      { kind: 'temporal', band: MEDIUM_PLUS, evidence: ['2019', '2021'] },
    ]);
  });
});
