import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text, state: p?.state };
};

describe('it-clefts: the focus is the subject of the verb after "who" / "that"', () => {
  it.each([
    ['It was the night guard who called the fire brigade.', { actor: 'night guard', lemma: 'call', theme: 'fire brigade' }],
    ['It is the council that sets the rates.', { actor: 'council', lemma: 'set', theme: 'rates' }],
    ['It was the mayor who had not signed the order.', { actor: 'mayor', lemma: 'sign', state: 'negated' }],
  ])('%s', (text, expected) => expect(parts(text)).toMatchObject(expected));

  it.each([
    ['"that" with a subject of its own', 'It is the first time that the river has frozen.', 'first time'],
    ['a focused adverbial', 'It was in May that the bridge closed.', 'May'],
  ])('the focus is no actor: %s', (_, text, focus) => expect(parts(text).actor).not.toBe(focus));
});

describe('it-clefts with a focused adverbial: the subject after "that" is the actor, never "it"', () => {
  it.each([
    ['It was only a few minutes later that the surgeon removed the stitches.', { actor: 'the surgeon', lemma: 'remove', theme: 'stitches' }],
    ['It was then that Dr. Lund signed the order.', { actor: 'Dr. Lund', lemma: 'sign', theme: 'order' }],
    ['It was in May that the ferry company cut the timetable.', { actor: 'the ferry company', lemma: 'cut', theme: 'timetable' }],
  ])('%s', (text, expected) => expect(parts(text)).toEqual({ ...expected, state: 'affirmed' }));

  it('"It was clear that …" is no cleft: the adjective stays the predicate', () => {
    expect(parts('It was clear that the surgeon removed the stitches.').lemma).toBe('clear');
  });
});
