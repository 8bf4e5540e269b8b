import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-05-02' }, { id: 'b', text: b, publishedAt: '2026-05-02' }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('a person described by age and by an age-group noun may be one person (Merriam-Webster: teenager, octogenarian …)', () => {
  it.each([
    ['a 14-year-old / a teenager', 'The speed-typing contest was won by a 14-year-old.', 'The speed-typing contest was won by a teenager from Leicester.'],
    ['an 83-year-old / an octogenarian', 'The marathon was finished by an 83-year-old.', 'The marathon was finished by an octogenarian from Hull.'],
  ])('%s: no actor conflict', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it('hard negative: an age outside the group is another person', () => {
    expect(alerts('The speed-typing contest was won by a 44-year-old.', 'The speed-typing contest was won by a teenager from Leicester.')).toEqual(['actor']);
  });
});

describe('a pronoun after an adverb names no rival doer ("Together you have raised …")', () => {
  it('"Together you" / a named group: no actor conflict', () => {
    expect(alerts('Walkers raised £8,200, said Lorna Heap, the hospice\'s events manager.', 'Together you have raised £8,200 so far, and money is still coming in.')).toEqual([]);
  });

  it('hard negative: two named doers of one act still clash', () => {
    expect(alerts('The Rotary Club raised £8,200 for the hospice.', 'The Lions Club raised £8,200 for the hospice.')).toEqual(['actor']);
  });
});
