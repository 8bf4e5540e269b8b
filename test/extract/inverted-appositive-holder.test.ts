import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const first = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]!;

describe('an inverted frame with a name in apposition after the described holder ("said the skipper, Nell Trago")', () => {
  it.each([
    ['"The wind turned against us within minutes," said the skipper, Nell Trago.', 'Nell Trago'],
    ['The path is unsafe, said the warden, Idris Penhale, who has walked it for years.', 'Idris Penhale'],
  ])('the holder and the quote\'s speaker are the name: %s', (text, name) => {
    const claim = first(text);
    expect(claim.attribution).toMatchObject({ holder: name, holderKind: 'named', holderSpan: { text: name } });
    for (const q of claim.quotes) expect(q.speaker).toBe(name);
  });

  it('a name before "said" keeps its description out of the quote\'s speaker too', () => {
    expect(first('"The wind turned against us within minutes," the race officer, Piran Hosken, said.').quotes[0]?.speaker).toBe('Piran Hosken');
  });

  it.each([
    ['a weekday after the comma dates the report (hard negative)', '"The pier will reopen," said the mayor, Monday.', 'the mayor'],
    ['no comma: the description is the holder (hard negative)', '"The pier will reopen," said the mayor.', 'the mayor'],
  ])('%s', (_, text, holder) => {
    expect(first(text).attribution.holder).toBe(holder);
  });
});

describe('the same quote credited to two people, each named after a description', () => {
  const pair = (a: string, b: string) =>
    analyze({ documents: [{ id: 'a', text: a, source: { name: 'A' } }, { id: 'b', text: b, source: { name: 'B' } }] }).conflicts.map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
  const quote = '"The wind turned against us within minutes,"';

  it('is an attribution conflict between the two names', () => {
    expect(pair(`${quote} said the skipper, Nell Trago.`, `${quote} said the race officer, Piran Hosken.`)).toEqual([{ kind: 'attribution', evidence: ['Nell Trago', 'Piran Hosken'] }]);
  });

  it.each([
    ['the same person named after and before her description', `${quote} said Nell Trago, the skipper.`],
    ['the same person described alone', `${quote} the skipper said.`],
  ])('no conflict: %s (hard negative)', (_, other) => {
    expect(pair(`${quote} said the skipper, Nell Trago.`, other)).toEqual([]);
  });
});
