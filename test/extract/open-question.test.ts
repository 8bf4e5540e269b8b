import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports, oneClash } from '../helpers/two-reports.js';

const read = (text: string) => {
  const claim = extractClaims({ id: 'd', text, publishedAt: '2025-04-02' })[0]!;
  return { predicate: claim.proposition.predicate?.lemma, state: claim.proposition.state, cue: claim.proposition.stateCue?.text };
};

// A yes/no indirect question under an adjective of knowledge, negated or negative, leaves its clause open.
describe('extraction: "not yet clear whether P" holds P as pending', () => {
  it('reads the clause as pending whatever stands between "not" and the adjective', () => {
    expect(read('It is not yet clear whether the mayor will sign the budget.')).toEqual({ predicate: 'sign', state: 'pending', cue: 'not yet clear whether' });
    expect(read('It was not immediately clear if the ferry would sail.')).toEqual({ predicate: 'sail', state: 'pending', cue: 'not immediately clear if' });
    expect(read('It is uncertain whether the museum will reopen in May.')).toEqual({ predicate: 'reopen', state: 'pending', cue: 'uncertain whether' });
  });

  it('leaves a known answer and a wh-question alone (hard negatives)', () => {
    // Knowledge affirmed: the clause is what is known.
    expect(read('It is clear that the mayor signed the budget.').state).toBe('affirmed');
    // "how" presupposes that they reached it: only the manner is unknown.
    expect(read('It is not clear how the divers reached the cave.').state).not.toBe('pending');
  });

  it('an open question is set against the decision told as made', () => {
    const found = analyzeTwoReports('It is not yet clear whether the mayor will sign the harbour budget.', 'The mayor signed the harbour budget on Friday.').conflicts;
    expect(found.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, band: c.band }))).toEqual(oneClash('status'));
    expect(analyzeTwoReports('It is not yet clear whether the mayor will sign the harbour budget.', 'It is still unclear whether the mayor will sign the harbour budget.').conflicts).toEqual([]);
  });
});
