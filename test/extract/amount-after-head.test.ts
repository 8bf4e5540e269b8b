/**
 * A sum or a measure right after the head of an object is a second phrase, not part of the object ("fined the
 * builder 5,000 euros": the builder is fined, the sum is what; Quirk et al. 1985 § 10.7). Every sentence is invented
 * for this file; before the change each positive's theme ran on through the amount.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ theme: c.proposition.theme?.text, amounts: c.quantities.map((q) => q.span.text) }));

describe('the object ends before an amount', () => {
  it.each([
    ['The council fined the builder 5,000 euros on Monday.', 'builder', ['5,000 euros']],
    ['The regulator fined the retailer Halloway 1.4 million euros.', 'retailer Halloway', ['1.4 million euros']],
    ['The court fined the haulier 300 dollars for the delay.', 'haulier', ['300 dollars']],
  ])('%s', (text, theme, amounts) => expect(read(text)).toEqual([{ theme, amounts }]));
});

describe('hard negatives: numbers that belong to the phrase', () => {
  it.each([
    ['The airline grounded its Boeing 737 jets on Friday.', 'its Boeing 737 jets'],
    ['The farm sold 40 tonnes of barley.', 'barley'],
    ['The council fined the builder £5,000.', 'builder'],
  ])('%s', (text, theme) => expect(read(text)[0]?.theme).toBe(theme));
});
