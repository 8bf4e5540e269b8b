/**
 * A named speaker denies having said what another report has that speaker say (detect/unsaid-remark.ts): a quote
 * conflict. Sentences invented for this file; expectations written before the first run. Hard negatives: another
 * speaker, the same denial twice, another thing said, a denial of the opposite remark, a speaker's denial of someone
 * else's words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function alerts(a: string, b: string) {
  const documents = [
    { id: 'a', source: { name: 'Harbour Daily' }, text: a },
    { id: 'b', source: { name: 'Northwire' }, text: b },
  ];
  return analyze({ documents }).conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, score: c.score }));
}

const SAID = 'Councillor Ben Ash said last week: "The lido will close at the end of the summer."';

describe('a remark its speaker denies making', () => {
  it.each([
    ['"I never said the lido would close," Councillor Ben Ash said.'],
    ['Councillor Ben Ash denied saying that the lido would close.'],
  ])('%s: quote', (denial) => {
    const found = alerts(denial, SAID);
    expect(found.map((c) => c.kind)).toEqual(['quote']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(found[0]!.score).toBeLessThan(0.8);
  });

  it.each([
    ['another speaker', '"I never said the lido would close," Councillor Ben Ash said.', 'Councillor Mary Hole said last week: "The lido will close at the end of the summer."'],
    ['the same denial twice', '"I never said the lido would close," Councillor Ben Ash said.', '"I never said the lido would close," Ben Ash told the meeting.'],
    ['another thing said', '"I never said the lido would close," Councillor Ben Ash said.', 'Councillor Ben Ash said last week: "The library will close at the end of the summer."'],
    ['the opposite remark denied', '"I never said the lido would not close," Councillor Ben Ash said.', SAID],
    ['a denial of another person\'s words', 'Councillor Ben Ash said the mayor never said the lido would close.', SAID],
  ])('%s: none', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
