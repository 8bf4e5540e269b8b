/**
 * "had no choice but to raise the fee": the "no" negates the other choices, and exceptive "but" asserts the one left
 * (Quirk et al. 1985, § 9.58), so the verb is not negated (extract/negator-idioms.ts). Sentences invented for this
 * file; expectations written before the first run. Hard negatives: "no plans to", "no reason to" stay negations.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const state = (text: string) => extractClaims({ id: 'd', text, source: 'S' })[0]?.proposition.state;
const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'Harbour Daily' }, text: a }, { id: 'b', source: { name: 'Northwire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('no choice but to', () => {
  it.each([
    ['The council had no choice but to raise the fee.', 'affirmed'],
    ['We have no option but to close the depot.', 'affirmed'],
    ['The council has no plans to raise the fee.', 'negated'],
    ['There is no reason to raise the fee.', 'negated'],
  ])('%s', (text, expected) => {
    expect(state(text)).toBe(expected);
  });

  it('agrees with the act done and clashes with its denial', () => {
    expect(kinds('The council had no choice but to raise the fee.', 'The council raised the fee on Monday.')).toEqual([]);
    expect(kinds('The council had no choice but to raise the fee.', 'The council did not raise the fee.')).toEqual(['polarity']);
  });
});
