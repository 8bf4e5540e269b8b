import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const nouns = (text: string) => extractQuantities({ text, view: text }, { start: 0, end: text.length }).map((q) => [q.value, q.noun]);

describe('the counted noun is the head, past a proper adjective before it', () => {
  it.each([
    ['a nationality', 'Police detained 14 Nigerian nationals.', [[14, 'nationals']]],
    ['a proper adjective after a vague number', 'Roughly a dozen Somali fishermen were freed.', [[12, 'fishermen']]],
    ['a company name as modifier', 'The army bought 6 Toyota trucks.', [[6, 'trucks']]],
  ])('%s: %s', (_, text, want) => {
    expect(nouns(text)).toEqual(want);
  });

  it.each([
    ['a capitalised plural before a verb', 'Three Democrats said the vote was rigged.', [[3, 'democrats']]],
    ['a capitalised plural before a past form', 'Two Britons died in the crash.', [[2, 'britons']]],
    ['a capitalised noun at the end', 'The team signed 2 Brazilians.', [[2, 'brazilians']]],
  ])('keeps a capitalised head: %s: %s', (_, text, want) => {
    expect(nouns(text)).toEqual(want);
  });
});
