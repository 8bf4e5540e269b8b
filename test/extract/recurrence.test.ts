/**
 * A duration after "every" is how often an act recurs, not how long it lasts (extract/quantity-dimensions.ts). Sentences invented
 * for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const dims = (text: string) => extractClaims({ id: 'x', text, source: { name: 'X' } }).flatMap((c) => c.quantities.map((q) => [q.span.text, q.dimension]));
const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('recurrence periods', () => {
  it('"every" makes a duration a recurrence period', () => {
    expect(dims('The Halden tram runs every 15 minutes.')).toEqual([['15 minutes', 'recurrence']]);
    expect(dims('The Halden ferry crossing takes 15 minutes.')).toEqual([['15 minutes', 'duration']]);
  });
  it('a recurrence period is not set against how long the act lasts', () => {
    expect(kinds('A platelet donation at the Halden centre takes about 90 minutes, staff said.', 'Donors at the Halden centre can give platelets every two weeks, staff said.')).toEqual([]);
  });
  it('two recurrence periods for one service still clash', () => {
    expect(kinds('Buses to the Halden depot leave every 15 minutes, the operator said.', 'Buses to the Halden depot leave every 40 minutes, riders said.')).toEqual(['numeric']);
  });
});
