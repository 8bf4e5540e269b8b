import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;
  return { lemma: c?.predicate?.lemma, actor: c?.actor?.text, theme: c?.theme?.text };
};

describe('a participle phrase after the subject noun is a reduced relative; the later finite verb is the predicate', () => {
  it.each([
    ['"-ed" + preposition, then a passive', 'A woman sought for questioning was detained in Bristol.', { lemma: 'detain', actor: undefined, theme: 'A woman' }],
    ['"-ed" + preposition, then a passive with an agent', 'Rice kept in the warehouse was ruined by the flood.', { lemma: 'ruin', actor: 'flood', theme: 'Rice' }],
    ['"-ing" + object, then a passive', 'Trucks hauling coal were stopped at the border.', { lemma: 'stop', actor: undefined, theme: 'Trucks' }],
    ['"-ing" + object, then a past verb', 'Rescuers searching the rubble found two survivors.', { lemma: 'find', actor: 'Rescuers', theme: 'two survivors' }],
  ])('%s: %s', (_, text, want) => {
    expect(main(text)).toEqual(want);
  });

  it.each([
    ['a past verb with a that-less clause', 'Engineers feared the dam was failing.', 'fear'],
    ['a past verb before a preposition and no later verb', 'Prices jumped in May.', 'jump'],
    ['a later verb inside a relative clause', 'Crews worked on roads that were flooded.', 'work'],
  ])('the first verb stays the predicate: %s: %s', (_, text, lemma) => {
    expect(main(text).lemma).toBe(lemma);
  });
});
