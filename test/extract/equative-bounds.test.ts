/**
 * "as high as 9 kilometres", "as long as 40 minutes": the equative "as … as" with an adjective of the upper end of a
 * scale before a figure gives the most the value may reach, as "as many as" and "as much as" already do (an
 * approximator of a maximum, Quirk et al. 1985 § 7.56), so "rose to 6 kilometres" keeps within it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const bounds = (text: string) => extractQuantities({ text, view: text }, { start: 0, end: text.length }).map((q) => [q.value, q.bound, q.span.text]);

describe('an upper-scale equative bounds its figure from above', () => {
  it.each([
    ['The ash column could climb as high as 9 kilometres.', [[9, 'at-most', 'as high as 9 kilometres']]],
    ['Queues grew as long as 40 minutes.', [[40, 'at-most', 'as long as 40 minutes']]],
    ['The fire spread as far as 12 miles.', [[12, 'at-most', 'as far as 12 miles']]],
  ])('%s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });

  it('a figure without the equative stays exact (hard negative)', () => {
    expect(bounds('The column rose as the wind dropped to 9 kilometres.')).toEqual([[9, 'exact', '9 kilometres']]);
  });
});
