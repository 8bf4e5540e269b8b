/**
 * One remark quoted with two endings by one speaker ("A starter is a pet you can eat" / "A starter is a pet that
 * feeds you back"): the quotes open alike and then each goes its own way, so one of them misquotes the remark. A
 * partial quote, two remarks that share only a short or empty opening, and two speakers stay apart. Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const quotes = (a: string, b: string) => clashes(a, b).filter(([k]) => k === 'quote');

describe('one remark, two endings', () => {
  it.each([
    ['"A good loom is a friend you can lean on," Ada Price said.', 'Ada Price told visitors: "A good loom is a friend that never lets you down."', ['you can lean on', 'that never lets you down']],
    ['"We were lucky, and we will be stricter about candles next year," said Tom Vale.', 'Tom Vale said: "We were lucky, and from now on it is battery lights only."', ['we will be stricter about candles next year', 'from now on it is battery lights only']],
  ])('%s / %s', (a, b, evidence) => {
    expect(quotes(a, b)).toEqual([['quote', evidence]]);
  });
});

describe('hard negatives', () => {
  it.each([
    ['a partial quote of the full remark', '"A good loom is a friend you can lean on," Ada Price said.', 'Ada Price said a good loom was "a friend you can lean on".'],
    ['the same remark', '"A good loom is a friend you can lean on," Ada Price said.', 'Ada Price said: "A good loom is a friend you can lean on."'],
    ['two remarks with a short opening in common', '"We are open every Saturday from May," Ada Price said.', 'Ada Price said: "We are looking for new volunteers to run the shop."'],
    ['two speakers', '"A good loom is a friend you can lean on," Ada Price said.', 'Tom Vale said: "A good loom is a friend that never lets you down."'],
  ])('%s: no quote clash', (_, a, b) => {
    expect(quotes(a, b)).toEqual([]);
  });
});
