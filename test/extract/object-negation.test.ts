import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const state = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' });
  return { state: c?.proposition.state, negated: c?.proposition.negated, theme: c?.proposition.theme?.text, cue: c?.proposition.negation?.cue.text };
};

describe('a negative word opening the object negates the clause', () => {
  it.each([
    ['Rescuers recorded no casualties.', 'casualties', 'no'],
    ['The audit turned up nothing.', undefined, 'nothing'],
    ['The raid on the warehouse found no weapons.', 'weapons', 'no'],
    ['The divers recovered none of the cargo.', 'cargo', 'none'],
    ['The flood harmed nobody.', undefined, 'nobody'],
  ])('%s', (text, theme, cue) => {
    expect(state(text)).toMatchObject({ state: 'negated', negated: true, cue });
    if (theme) expect(state(text).theme).toBe(theme);
  });

  it.each([
    ['a bound, not a negation', 'The mill shipped no fewer than 300 tonnes.'],
    ['an idiom of certainty', 'The court said the witness had no doubt.'],
    ['"no" inside a later phrase', 'The crew repaired the pump with no help.'],
    ['an affirmed object', 'Divers recovered two bodies.'],
  ])('stays affirmed: %s (%s)', (_, text) => {
    expect(state(text)).toMatchObject({ state: 'affirmed', negated: false });
  });
});
