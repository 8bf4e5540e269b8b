import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Two reports with no publication date, so no weekday resolves to a date. */
const conflicts = (a: string, b: string) =>
  analyze({
    documents: [
      { id: 'a', source: { name: 'Northwire', kind: 'wire' }, text: a },
      { id: 'b', source: { name: 'Harbor Daily', kind: 'newspaper' }, text: b },
    ],
  }).conflicts.map((c) => c.kind);

describe('two explicit weekdays with no publication date are two occasions', () => {
  it.each([
    ['a denial and an act on two weekdays', 'The crew did not open the floodgates on Thursday.', 'The crew opened the floodgates on Friday.'],
    ['a fronted weekday and an abbreviated one', 'On Thursday, the crew did not open the floodgates.', 'The crew opened the floodgates Fri. evening.'],
  ])('%s: no polarity clash', (_, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });

  it.each([
    ['the same weekday', 'The crew did not open the floodgates on Thursday.', 'The crew opened the floodgates on Thursday.'],
    ['one side without a day', 'The crew did not open the floodgates on Thursday.', 'The crew opened the floodgates.'],
    ['a weekday shared among others', 'The crew did not open the floodgates on Thursday.', 'The crew opened the floodgates on Wednesday or Thursday.'],
  ])('hard negative, %s: still a polarity clash', (_, a, b) => {
    expect(conflicts(a, b)).toEqual(['polarity']);
  });
});

describe('a weekday that dates the report, not the event, makes no second occasion', () => {
  it('"a spokesman said on Monday" against the act on Sunday: still a status clash', () => {
    expect(conflicts('The council has not yet approved the budget, a spokesman said on Monday.', 'The council approved the budget on Sunday night.')).toEqual(['status']);
  });

  it('with publication dates the weekdays resolve, and the dates decide', () => {
    const kinds = analyze({
      documents: [
        { id: 'a', source: { name: 'Northwire', kind: 'wire' }, publishedAt: '2025-03-12', text: 'The crew did not open the floodgates on Thursday.' },
        { id: 'b', source: { name: 'Harbor Daily', kind: 'newspaper' }, publishedAt: '2025-03-12', text: 'The crew opened the floodgates on Thursday.' },
      ],
    }).conflicts.map((c) => c.kind);
    expect(kinds).toEqual(['polarity']);
  });
});
