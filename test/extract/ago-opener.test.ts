/**
 * A fronted time phrase closed by "ago" ("Two days ago, the paper reported that …") is an adverbial before the frame's
 * holder, like "Last week," (Quirk et al. 1985, § 9.7 note on "ago"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0]!;
  return { holder: c.attribution.holder, stance: c.attribution.stance, lemma: c.proposition.predicate?.lemma };
};

describe('an "ago" phrase before the frame', () => {
  it.each([
    ['Days ago, the gazette reported that the chef took the money.', 'the gazette', 'take'],
    ['Two weeks ago, the council said the bridge would reopen.', 'the council', 'reopen'],
  ])('%s', (text, holder, lemma) => {
    expect(first(text)).toEqual({ holder, stance: 'reported', lemma });
  });

  it('"ago" not closing the opening phrase leaves the clause as it is: the author\'s', () => {
    expect(first('The chef, who left days ago, took the money.')).toMatchObject({ holder: 'Wire', lemma: 'take' });
  });
});
