/**
 * "weigh" is a verb of deliberating ("the board is weighing the offer": pending) and of measuring ("the marrow weighed
 * 54.2 kilograms": a fact). With a figure right after it, it measures. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const states = (text: string) => analyze({ documents: [{ id: 'a', text }] }).claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.state]);

describe('the measuring sense of "weigh"', () => {
  it.each([
    ['The prize pumpkin at the county fair weighed 310 kilograms.', [['weigh', 'affirmed']]],
    ['The heaviest onion weighed just over nine kilograms.', [['weigh', 'affirmed']]],
    ['The ram weighed in at 140 kilograms.', [['weigh', 'affirmed']]],
    ['Judges also weighed a 9.6-kilogram onion.', [['weigh', 'affirmed']]],
  ])('a figure after it: %s', (text, expected) => {
    expect(states(text)).toEqual(expected);
  });

  it.each([
    ['The board is still weighing the offer.', [['weigh', 'pending']]],
    // The simple past of deliberating reports the act done (test/extract/deliberation-past.test.ts); its perfect progressive is still open.
    ['The board has been weighing the offer for two weeks.', [['weigh', 'pending']]],
  ])('hard negative, an object that is no figure: %s', (text, expected) => {
    expect(states(text)).toEqual(expected);
  });
});
