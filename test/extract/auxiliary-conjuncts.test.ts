// "A survey has been ordered but has not yet begun": a second conjunct that opens with an auxiliary of its own is a
// verb group of its own (Quirk et al. 1985 § 13.43, coordination of predicates), not a verb sharing the first one's
// object as in "bought and sold 40 ships". Invented sentences, written with their expected claims before the engine
// was run on them; scored by the gold suite's rules.
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';
import { count, wrongFields } from '../helpers/wire-fields.js';

describe('a conjunct with its own auxiliary after a verb', () => {
  it('"has been ordered but has not yet begun" gives both acts', () => {
    expect(wrongFields('A survey of the drains has been ordered but has not yet begun.', [
      { predicate: 'order', theme: 'survey' },
      { actor: 'survey', predicate: 'begin', state: 'pending' },
    ])).toEqual([]);
  });

  it('"was approved and will open in May" gives both acts', () => {
    expect(wrongFields('The new library was approved and will open in May.', [
      { predicate: 'approve', theme: 'library' },
      { actor: 'library', predicate: 'open', dates: ['May'] },
    ])).toEqual([]);
  });
});

describe('hard negative: two verbs sharing one object stay one claim', () => {
  it('"bought and sold 40 ships"', () => {
    expect(wrongFields('The firm bought and sold 40 ships last year.', [
      { actor: 'firm', predicate: 'buy', theme: 'ships', quantities: [count(40, null, 'ships')], dates: ['last year'] },
    ])).toEqual([]);
  });
});

describe('the second conjunct clashes on its own', () => {
  it('finished against ordered but not yet begun (positive)', () => {
    const kinds = analyzeTwoReports('A full survey of the drains was finished last week.', 'A survey of the drains has been ordered but has not yet begun.').conflicts.map((c) => c.kind);
    expect(kinds).toEqual(['status']);
  });
});
