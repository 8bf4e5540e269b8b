import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const read = (text: string) => extractQuantities({ text, view: text }, { start: 0, end: text.length }).map((q) => [q.span.text, q.value, q.unit]);

describe('compound durations are one quantity', () => {
  it.each([
    ['She served two years and six months.', [['two years and six months', 30, 'month']]],
    ['The climb took 3 hours, 20 minutes.', [['3 hours, 20 minutes', 200, 'minute']]],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    ['units that do not fall: "18 months, and six months later"', 'He was jailed for 18 months, and six months later freed.', [['18 months', 18, 'month'], ['six months', 6, 'month']]],
    ['not joined by "and" or a comma', 'Two years after the fire, six months of repairs began.', [['Two years', 2, 'year'], ['six months', 6, 'month']]],
  ])('kept apart, %s', (_, text, expected) => expect(read(text)).toEqual(expected));
});
