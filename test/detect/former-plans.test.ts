import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-05-01', source: { name: 'A', kind: 'wire' } }, { id: 'b', text: b, publishedAt: '2026-05-01', source: { name: 'B', kind: 'newspaper' } }] })
    .conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('a plan told as given up ("had initially planned", "was originally due") against what happened is no clash', () => {
  it.each([
    ['"had initially planned" against the date it opens', 'The park had initially planned to open in March.', 'The park opens its gates on May 16.'],
    ['"was originally due" against the date it opens', 'The park was originally due to open in March.', 'The park opens its gates on May 16.'],
    ['"had been scheduled" against the day it was held', 'The hearing had been scheduled for June 3.', 'The hearing was held on June 10.'],
    ['"at first planned" against a later count', 'Organisers at first planned to sell 500 tickets.', 'Organisers sold 800 tickets.'],
  ])('no conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it.each([
    ['two dates for one opening, neither a former plan', 'The park will open in March.', 'The park opens its gates on May 16.', ['temporal']],
    ['two counts of what was sold, neither a former plan', 'Organisers sold 500 tickets.', 'Organisers sold 800 tickets.', ['numeric']],
  ])('still a conflict: %s', (_name, a, b, kinds) => {
    expect(alerts(a, b)).toEqual(kinds);
  });
});

describe('a past perfect without a plan is no former plan', () => {
  it('"had set a record" against another time is still a numeric clash', () => {
    expect(alerts('Smith had set a national record of 9.8 seconds in the final.', 'Smith set a national record of 9.9 seconds in the final.')).toEqual(['numeric']);
  });
});
