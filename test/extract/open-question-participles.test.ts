import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const read = (text: string) => {
  const claim = extractClaims({ id: 'd', text, publishedAt: '2025-04-02' })[0]!;
  return { predicate: claim.proposition.predicate?.lemma, state: claim.proposition.state, negated: claim.proposition.negated, cue: claim.proposition.stateCue?.text };
};
const clashes = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band }));

// "It is not known whether P": the claim is P, held open; knowing is no act of the reporter's subject.
describe('extraction: a passive verb of knowing before "whether" leaves the clause open', () => {
  it('the predicate is the clause verb, pending, not negated', () => {
    expect(read('It is not known whether the ferry sank.')).toEqual({ predicate: 'sink', state: 'pending', negated: false, cue: 'not known whether' });
    expect(read('It was not confirmed whether the trawler capsized.')).toEqual({ predicate: 'capsize', state: 'pending', negated: false, cue: 'not confirmed whether' });
    expect(read('It is still unconfirmed whether the senator resigned.')).toEqual({ predicate: 'resign', state: 'pending', negated: false, cue: 'unconfirmed whether' });
  });

  it('hard negatives: a wh-question and an active verb of knowing keep their own predicate', () => {
    expect(read('It is not known where the convoy will stop.')).toEqual({ predicate: 'know', state: 'negated', negated: true, cue: 'not known' });
    expect(read('Officials did not confirm whether the ferry sank.').predicate).toBe('confirm');
  });
});

describe('status: not knowing the answer is no denial', () => {
  it('against the denial there is no conflict', () => {
    expect(clashes('It is not known whether the ferry sank.', 'The ferry did not sink.')).toEqual([]);
    expect(clashes('It is unclear whether the minister resigned.', 'The minister did not resign.')).toEqual([]);
    expect(clashes('It was not confirmed whether the ferry sank.', 'The ferry did not sink.')).toEqual([]);
  });

  it('against the event told as fact it is no polarity conflict (the open question stands against the answer as status)', () => {
    expect(clashes('It is not known whether the ferry sank.', 'The ferry sank.')).toEqual([{ kind: 'status', band: 'medium' }]);
    expect(clashes('It was not confirmed whether the ferry sank.', 'The ferry sank.')).toEqual([{ kind: 'status', band: 'medium' }]);
  });

  it('positive control: an undecided decision is still set against its negative outcome', () => {
    expect(clashes('The council has not yet decided whether to reopen the library.', 'The council decided not to reopen the library.')).toEqual([{ kind: 'status', band: 'medium' }]);
  });
});
