/**
 * "one in seven", "two out of three": the numbers of a proportion are no counts (extract/quantity-dimensions.ts). Sentences
 * invented for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const dims = (text: string) => extractClaims({ id: 'x', text, source: { name: 'X' } }).flatMap((c) => c.quantities.map((q) => [q.span.text, q.dimension]));
const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('proportions', () => {
  it('both numbers of a proportion are marked', () => {
    expect(dims('Two out of three voters in Halden backed the plan.')).toEqual([
      ['Two', 'proportion'],
      ['three voters', 'proportion'],
    ]);
  });
  it('a count beside a proportion stays a count', () => {
    expect(dims('One in five of the 300 workers at the Halden plant was sick.')).toContainEqual(['300 workers', 'count']);
  });
  it('a proportion is not set against a count of the same people', () => {
    expect(kinds('About one in seven of the Halden runners did not start, the race director said.', 'A record 15,842 runners started the Halden race, organisers said.')).not.toContain('numeric');
  });
});
