import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims } from '../../src/index.js';
import { datesComparable } from '../../src/match/dates.js';
import type { Time } from '../../src/model/claim.js';
import { planPair } from '../../src/detect/gates.js';
import { buildLexicon } from '../../src/lexicon/index.js';

/**
 * A bare weekday resolves to the nearest such day in the direction the verb group suggests (extract/time-direction.ts):
 * "has been declared fit to race on Sunday" reads back, "will miss Sunday's race" forward. Two mentions of one weekday
 * a week apart differ only by that guess, so they are not compared as dates (match/dates.ts).
 */
const day = (text: string, iso: string, start = 0): Time => ({
  from: iso,
  to: iso,
  granularity: 'day',
  relative: true,
  span: { start, end: start + text.length, text },
});

describe('one weekday a week apart is no date to compare', () => {
  it.each([
    ['one weekday, a week apart', day('Sunday', '2025-06-22'), day('Sunday', '2025-06-29'), false],
    ['one weekday, possessive and comma', day("Sunday's", '2025-06-29'), day('Sunday,', '2025-06-22'), false],
    ['two weekdays', day('Sunday', '2025-06-22'), day('Saturday', '2025-06-28'), true],
    ['one weekday, two weeks apart', day('Sunday', '2025-06-15'), day('Sunday', '2025-06-29'), true],
    // The calendar date is that weekday a week on: only the direction guessed for the bare weekday sets them apart.
    ['a weekday and the calendar date of that weekday a week on', day('Sunday', '2025-06-22'), { ...day('June 29', '2025-06-29'), relative: false }, false],
    ['a weekday and a calendar date on another weekday', day('Sunday', '2025-06-22'), { ...day('June 28', '2025-06-28'), relative: false }, true],
    ['a weekday and a calendar date two weeks on', day('Sunday', '2025-06-15'), { ...day('June 29', '2025-06-29'), relative: false }, true],
  ])('%s', (_, x, y, comparable) => {
    expect(datesComparable(x, y)).toBe(comparable);
  });

  const kinds = (x: string, y: string) => {
    const a = extractClaims({ id: 'a', text: x, source: 'A', publishedAt: '2025-06-27' });
    const b = extractClaims({ id: 'b', text: y, source: 'B', publishedAt: '2025-06-27' });
    return a.flatMap((c) => b.map((d) => compareClaims(c, d))).flatMap((c) => (c ? [c.kind] : []));
  };

  it('a race missed on Sunday and a rider fit to race on Sunday are not two occasions', () => {
    const [a] = extractClaims({ id: 'a', text: "Moretti will miss Sunday's race.", source: 'A', publishedAt: '2025-06-27' });
    const [b] = extractClaims({ id: 'b', text: 'Moretti has been declared fit to race on Sunday.', source: 'B', publishedAt: '2025-06-27' });
    const plan = planPair(a!, b!, { lexicon: buildLexicon() });
    expect([plan.blocked.get('polarity'), plan.blocked.get('opposition'), plan.blocked.get('status')]).toEqual([undefined, undefined, undefined]);
  });

  it('two weekdays from one publication date still clash', () => {
    expect(kinds('The summit was held on Sunday.', 'The summit was held on Saturday.')).toEqual(['temporal']);
  });
});
