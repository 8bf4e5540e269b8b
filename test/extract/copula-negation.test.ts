/**
 * A copula is its own operator, so its negator follows it ("The pier is not safe"; extract/negators-after-verb.ts), and a
 * linking verb's complement is what two such claims are compared on (detect/shared.ts themesCompatible). Sentences
 * invented for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const state = (text: string) => {
  const c = extractClaims({ id: 'x', text, source: { name: 'X' } })[0]!;
  return [c.proposition.predicate?.lemma, c.proposition.negated, c.proposition.negation?.cue.text];
};
const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('a negator after a copula', () => {
  it.each([
    ['The Halden pier is not safe.', ['be', true, 'not']],
    ['The minister was never present.', ['be', true, 'never']],
    ['The Halden pier is safe.', ['be', false, undefined]],
  ])('%s', (text, expected) => {
    expect(state(text)).toEqual(expected);
  });
});

describe('copula claims compared on their complement', () => {
  it('one complement affirmed and denied is a polarity conflict', () => {
    expect(kinds('The old Halden pier is safe for visitors, the council said.', 'The old Halden pier is not safe for visitors, divers said.')).toEqual(['polarity']);
  });
  it('two different complements are no polarity conflict', () => {
    expect(kinds('The old Halden pier is safe for visitors, the council said.', 'The old Halden pier is not open to visitors, divers said.')).not.toContain('polarity');
  });
  it('the same denial told twice raises nothing', () => {
    expect(kinds('The old Halden pier is not safe for visitors, the council said.', 'The old Halden pier is not safe for visitors, divers said.')).toEqual([]);
  });
});
