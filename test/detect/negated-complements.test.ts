import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const strongest = strongestOfUndated;

describe('a "not" before the complement, on one side only: "pleaded not guilty" / "pleaded guilty"', () => {
  it.each([
    ['a plea', 'The defendant pleaded guilty to fraud.', 'The defendant pleaded not guilty to fraud.', ['guilty', 'not guilty']],
    ['a verdict', 'The jury found him guilty.', 'The jury found him not guilty.', ['guilty', 'not guilty']],
    ['a passive declaration', 'The bridge was declared safe.', 'The bridge was declared not safe.', ['safe', 'not safe']],
  ])('%s: a polarity conflict at medium or high on the complement', (_, x, y, words) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('polarity');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict?.evidence.map((e) => e.span.text)).toEqual(words);
  });

  it.each([
    ['the same plea twice', 'The defendant pleaded not guilty to fraud.', 'The defendant pleaded not guilty to all charges.'],
    ['another person', 'The defendant pleaded guilty to fraud.', 'His co-defendant pleaded not guilty to fraud.'],
    ['another charge', 'The jury found him guilty of fraud.', 'The jury found him not guilty of bribery.'],
    ['"not only", a focusing word', 'The company is not only profitable but growing.', 'The company is profitable.'],
    ['a contrast of manner', 'The team played not well but bravely.', 'The team played well.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
