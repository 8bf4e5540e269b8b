/**
 * A copula's prepositional complement ("is on display") and "no longer" after it (extract/copula-complements.ts,
 * negators-after-verb.ts). Sentences invented for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const read = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).map((c) => [c.proposition.complement?.text, c.proposition.state]);
const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A' }, text: a }, { id: 'b', source: { name: 'B' }, text: b }] }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('copula complements and "no longer"', () => {
  it('reads a prepositional complement and its negation', () => {
    expect(read('The painting is on display in the east wing.')).toEqual([['on display', 'affirmed']]);
    expect(read('The painting is not on display.')).toEqual([['on display', 'negated']]);
    expect(read('The painting was no longer on display.')).toEqual([['on display', 'negated']]);
    expect(read('The baths are no longer open to the public.')).toEqual([['open', 'negated']]);
  });
  it('"no longer on display" against "on display" is polarity', () => {
    expect(kinds('The painting was no longer on display, the museum said.', 'The painting is on display in the east wing, the gallery said.')).toEqual(['polarity']);
  });
  it('two different complements are two propositions: "on display" / "on loan"', () => {
    expect(kinds('The painting is not on display, the museum said.', 'The painting is on loan to a gallery in Lyon, the museum said.')).toEqual([]);
  });
  it('the same denial twice raises nothing', () => {
    expect(kinds('The painting is no longer on display, the museum said.', 'The painting is not on display, a curator said.')).toEqual([]);
  });
});

describe('a date or a named place after a copula stays the event\'s time or place', () => {
  it('gives no complement, and two dates of one meeting still clash', () => {
    expect(read('The meeting was on Monday.')).toEqual([[undefined, 'affirmed']]);
    expect(read('The meeting was in Leeds.')).toEqual([[undefined, 'affirmed']]);
    expect(kinds('The meeting was on Monday, the union said.', 'The meeting was on Tuesday, the firm said.')).toEqual(['temporal']);
  });
});
