import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claim = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0];

describe('an inverted trailing frame: a phrase with a figure after the verb is what is reported, not the holder', () => {
  it.each([
    ['Halvorsen Corp, the maker of trucks, buses and forklifts, reported net earnings of $52m in the second quarter, or 31 cents per share.', 'report', 'Halvorsen Corp'],
    ['Pellan Foods, the biscuit maker, reported a rise in sales of 4 % in March.', 'report', 'Pellan Foods'],
  ])('%s', (text, predicate, actor) => {
    const c = claim(text)!;
    expect(c.attribution.holderKind).toBe('author');
    expect(c.proposition.predicate?.lemma).toBe(predicate);
    expect(c.proposition.actor?.text).toBe(actor);
  });

  it.each([
    ['Profits rose sharply in the quarter, said Halvorsen Corp.', 'Halvorsen Corp.'],
    ['Turnout was low, said 12 observers from the mission.', '12 observers from the mission'],
    ['Sales fell, reported the Daily Ledger.', 'the Daily Ledger'],
  ])('a name or a counted group after the verb is still the holder (%s)', (text, holder) => {
    expect(claim(text)!.attribution.holder).toBe(holder);
  });
});
