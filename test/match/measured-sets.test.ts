/**
 * A report that gives one sum (or one length, one weight, one time taken) and another report that gives one other
 * figure of that measure for the same thing ("repairs would cost" / "repairs were priced at") disagree, whatever their
 * verbs (match/counted-sets.ts, measured sets). Sentences invented for this file; expectations written before the
 * first run. Hard negatives: two things measured (a whole and its part, two things priced), a report giving two sums, rounding, two
 * measures, the same figure told twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const report = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] }).conflicts.filter(
    (c) => c.band !== 'low',
  );
const kinds = (a: string, b: string) => report(a, b).map((c) => c.kind);

const PAVILION = 'The cricket pavilion at Hollins Lane has been shut since March. Repairs to the roof would cost about £58,000, the trustees said.';
describe('one measured thing, one figure per report', () => {
  it('two sums for the same repairs, with other verbs, clash on the figures', () => {
    const found = report(PAVILION, 'The Hollins Lane pavilion stays shut. Roof repairs were priced at £131,000 by a surveyor.');
    expect(found.map((c) => c.kind)).toEqual(['numeric']);
    expect(found[0]!.evidence.map((e) => e.span.text).sort()).toEqual(['about £58,000', '£131,000']);
  });
  it('two weights for the same haul clash', () => {
    const a = 'Wardens at Tollard Chase stopped two pickers on Sunday. The pair had gathered about 35 kilograms of mushrooms.';
    expect(kinds(a, 'Two pickers were stopped at Tollard Chase. Wardens said the mushrooms they carried weighed 12 kg.')).toEqual(['numeric']);
  });
  it('the same sum told twice raises nothing', () => {
    expect(kinds(PAVILION, 'The Hollins Lane pavilion stays shut. Roof repairs were priced at £58,000 by a surveyor.')).toEqual([]);
  });
  it('a rounded figure against the exact one raises nothing', () => {
    expect(kinds(PAVILION, 'The Hollins Lane pavilion stays shut. Roof repairs were priced at £57,850 by a surveyor.')).toEqual([]);
  });
});

describe('two measured things', () => {
  it('sums raised by a whole and by one of its parts are no clash', () => {
    const a = 'The Yardley pumpkin fair closed on Sunday. The fair raised £18,400 for local causes.';
    expect(kinds(a, 'The Yardley pumpkin fair closed on Sunday. The scouts\u2019 cake stall raised £2,900 for the hospice.')).toEqual([]);
  });
  it('the prices of two things of one story are two sums', () => {
    expect(kinds(PAVILION, 'The Hollins Lane pavilion stays shut. A new scoreboard was priced at £131,000 by a surveyor.')).toEqual([]);
  });
  it('a report giving two sums names no one figure for the thing', () => {
    const a = 'The cricket pavilion at Hollins Lane has been shut since March. Repairs to the roof would cost about £58,000, and new changing rooms £40,000.';
    expect(kinds(a, 'The Hollins Lane pavilion stays shut. The trust has raised £131,000 so far.')).toEqual([]);
  });
  it('a sum and a length are two measures', () => {
    expect(kinds(PAVILION, 'The Hollins Lane pavilion stays shut. Roof repairs will cover 131 metres of guttering.')).toEqual([]);
  });
});
