/**
 * "It happened on Friday night": an occurrence verb whose subject is "it", "this" or "that" tells the event of the
 * sentence before, dated anew. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const second = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire', publishedAt: '2026-06-10' })[1];
  return { lemma: c?.proposition.predicate?.lemma, actor: c?.proposition.actor?.text, theme: c?.proposition.theme?.text, times: c?.times.map((t) => t.span.text) };
};

describe('an event anaphor with a verb of occurrence', () => {
  it.each([
    ['Vandals dug up two lawns at the club. It happened on Friday night, the chairman said.', { lemma: 'dig', actor: 'Vandals', theme: 'two lawns', times: ['Friday night'] }],
    ['Vandals dug up two lawns at the club. This took place on Friday night.', { lemma: 'dig', actor: 'Vandals', theme: 'two lawns', times: ['Friday night'] }],
    ['Vandals dug up two lawns at the club. It has happened on a Friday night.', { lemma: 'dig', actor: 'Vandals', theme: 'two lawns', times: ['Friday night'] }],
  ])('%s', (text, claim) => {
    expect(second(text)).toEqual(claim);
  });
  it.each([
    ['Vandals dug up two lawns at the club. It happened again on Sunday.'],
    ['Vandals dug up two lawns at the club. It happens every summer.'],
    ['Vandals dug up two lawns at the club. It did not happen on Friday.'],
    ['Vandals dug up two lawns at the club. The fete happened on Friday.'],
  ])('another occurrence, a habit, a denial or a named event keeps its own reading (hard negative): %s', (text) => {
    expect(second(text).lemma).not.toBe('dig');
  });
  it('the date of "it happened" is compared with another report\'s date of the event', () => {
    const a = 'Vandals dug up two lawns at the Wick croquet club. It happened on Friday night, the chairman said.';
    const b = 'Two lawns at the Wick croquet club were dug up overnight on Sunday.';
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['temporal']);
  });
});
