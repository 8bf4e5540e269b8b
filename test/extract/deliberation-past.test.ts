/**
 * A verb of deliberating or inquiring leaves the matter open only while the deliberation goes on (extract/state.ts
 * simplePast; Quirk et al. 1985 § 4.15): "is weighing the offer" is pending, "weighed each sack" reports the act done.
 * Sentences invented for this file; expectations written before the first run. Hard negatives: the progressive, the
 * present, a perfect progressive, and the past of a verb of deciding, each still read as before.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const state = (text: string) => extractClaims({ id: 'd', text, source: 'S' })[0]!.proposition.state;

describe('deliberation in the simple past', () => {
  it.each([
    ['The inspectors weighed each sack.', 'affirmed'],
    ['Auditors examined the accounts on Monday.', 'affirmed'],
    ['The board is weighing the offer.', 'pending'],
    ['The board weighs the offer.', 'pending'],
    ['The panel has been reviewing the plan.', 'pending'],
    ['The board rejected the offer.', 'refused'],
  ])('%s', (text, expected) => {
    expect(state(text)).toBe(expected);
  });


  it('a sack weighed is no undecided matter against a figure', () => {
    expect(alertKinds('Growers sold about 300 kg of plums at the fair on Saturday.', 'The inspectors weighed each sack of plums at the fair on Saturday.')).toEqual([]);
  });

  it('a board still weighing an offer clashes with one that accepted it', () => {
    expect(alertKinds('The board is still weighing the takeover offer.', 'The board accepted the takeover offer.')).toEqual(['status']);
  });
});
