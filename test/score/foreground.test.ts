/**
 * The factor `foreground` (issue 15): a side read from a clause its sentence subordinates ("after …", "when …", a
 * relative clause) is what the sentence takes as given, not the point it asserts, so a clash on it counts for less.
 * Invented sentences; each conflict is between the two documents.
 */
import { describe, expect, it } from 'vitest';
import { SUBORDINATE_VALUE } from '../../src/score/factors.js';
import { DEFAULT_WEIGHTS } from '../../src/score/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

/** The one conflict between the two documents: its kind, score and foreground value. */
function between(a: string, b: string): { kind: string; score: number; foreground: number | undefined }[] {
  return analyzeTwoReports(a, b)
    .conflicts.filter((c) => c.documents[0] !== c.documents[1])
    .map((c) => ({ kind: c.kind, score: c.score, foreground: c.factors.find((f) => f.name === 'foreground')?.value }));
}

const MAIN = 'The Harbour Bridge reopened to traffic on Tuesday.';

describe('foreground: both sides main assertions', () => {
  it('two main clauses give 1', () => {
    expect(between(MAIN, 'The Harbour Bridge reopened to traffic on Friday.')).toEqual([{ kind: 'temporal', score: expect.any(Number), foreground: 1 }]);
  });

  it('the content of a reporting verb is the main assertion (hard negative): 1', () => {
    expect(between(MAIN, 'City officials said the Harbour Bridge reopened to traffic on Friday.')).toEqual([
      { kind: 'temporal', score: expect.any(Number), foreground: 1 },
    ]);
  });

  it('a clear denial against a firm report stays 1 and medium or above', () => {
    const [clash] = between('The minister signed the fishing agreement.', 'The minister did not sign the fishing agreement.');
    expect(clash).toMatchObject({ kind: 'polarity', foreground: 1 });
    expect(clash!.score).toBeGreaterThanOrEqual(DEFAULT_WEIGHTS.bands.medium);
  });
});

describe('foreground: one side from a subordinate clause', () => {
  // The fitted weight of the factor decides how much lower: the refit after this session's merges set it to 0 (the
  // factor no longer helped on the fitting data), so the score is no higher, not always lower.
  it('a time clause ("after the bridge reopened on Friday") gives SUBORDINATE_VALUE and a score no higher than the main clause', () => {
    const [main] = between(MAIN, 'The Harbour Bridge reopened to traffic on Friday.');
    const [sub] = between(MAIN, 'Ferry crossings fell sharply after the Harbour Bridge reopened to traffic on Friday.');
    expect(sub).toMatchObject({ kind: 'temporal', foreground: SUBORDINATE_VALUE });
    expect(sub!.score).toBeLessThanOrEqual(main!.score);
    if ((DEFAULT_WEIGHTS.weights.foreground ?? 0) > 0) expect(sub!.score).toBeLessThan(main!.score);
  });

  it('a negation inside the time clause ("after the council did not approve the budget") is still the clause\'s own: SUBORDINATE_VALUE', () => {
    expect(between('The council approved the new budget.', 'Protests began after the council did not approve the new budget.')).toEqual([
      { kind: 'polarity', score: expect.any(Number), foreground: SUBORDINATE_VALUE },
    ]);
  });
});

describe('foreground: the governing clause rules on the subordinate content (hard negatives: 1)', () => {
  it('"reports that she sang at the gala are false": the content is the point', () => {
    expect(between('Reports that the singer sang at the gala are false, her agent said.', 'The singer sang at the gala on Friday, a guest said.')).toEqual([
      { kind: 'polarity', score: expect.any(Number), foreground: 1 },
    ]);
  });

  it('"… and also denies taking the money": the denial rules on it', () => {
    expect(between('The mayor rejected the audit, and also denies taking the money.', 'The mayor took the money, the auditor said.')).toEqual([
      { kind: 'polarity', score: expect.any(Number), foreground: 1 },
    ]);
  });

  it('SUBORDINATE_VALUE is a value in (0, 1) and the fitted weight is not negative', () => {
    expect(SUBORDINATE_VALUE).toBeGreaterThan(0);
    expect(SUBORDINATE_VALUE).toBeLessThan(1);
    expect(DEFAULT_WEIGHTS.weights.foreground).toBeGreaterThanOrEqual(0);
  });
});
