import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';
import { clockMentions } from '../../src/detect/clock-times.js';

function mentions(text: string) {
  const [claim] = extractClaims({ id: 'a', text, source: 'A' });
  return clockMentions(claim!).map((m) => ({ minutes: m.minutes, approximate: m.approximate, zone: m.zone, text: m.span.text, start: m.span.start }));
}

const strongest = strongestOfUndated;

describe('clock times of a claim', () => {
  it('reads a.m. / p.m., minutes, 24-hour times after a preposition, noon and midnight, with exact spans', () => {
    expect(mentions('The ferry left at 9.10 a.m. on Sunday.')).toEqual([{ minutes: 550, approximate: false, zone: undefined, text: '9.10 a.m.', start: 18 }]);
    expect(mentions('The ferry left at 11:45 pm.')).toEqual([{ minutes: 1425, approximate: false, zone: undefined, text: '11:45 pm', start: 18 }]);
    expect(mentions('The ferry left at 14:30 GMT.')).toEqual([{ minutes: 870, approximate: false, zone: 'gmt', text: '14:30', start: 18 }]);
    expect(mentions('The ferry left shortly after midnight.')).toEqual([{ minutes: 0, approximate: true, zone: undefined, text: 'midnight', start: 29 }]);
    expect(mentions('The ferry left at 3 p.m. local time.')).toEqual([{ minutes: 900, approximate: false, zone: undefined, text: '3 p.m.', start: 18 }]);
  });

  it('leaves out bounds, ranges and scores', () => {
    expect(mentions('The ferry left before 9 a.m.')).toEqual([]);
    expect(mentions('The office is staffed from 9 a.m. to 5 p.m.')).toEqual([]);
    expect(mentions('The visitors won 2:1 in the final.')).toEqual([]);
  });
});

describe('one act at two clock times', () => {
  it.each([
    ['an hour and a half apart', 'Police arrived at 10 p.m. on Friday.', 'Police arrived at 11:30 p.m. on Friday.'],
    ['morning and afternoon', 'The fire broke out at 9 a.m.', 'The fire broke out at 3 p.m.'],
    ['a 24-hour time against an afternoon one', 'The train left at 9:30.', 'The train left at 17:00.'],
    ['an approximate time far from an exact one', 'The blast occurred shortly after midnight.', 'The blast occurred at 4 a.m.'],
  ])('%s: a temporal conflict at medium', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('temporal');
    expect(conflict?.band).toBe('medium');
    expect(conflict!.score).toBeGreaterThanOrEqual(0.6);
    expect(conflict!.score).toBeLessThan(0.8);
  });

  it.each([
    ['one time written two ways', 'Police arrived at 10 p.m. on Friday.', 'Police arrived at 10 pm on Friday.'],
    ['rounding', 'The fire broke out at 9 a.m.', 'The fire broke out at 9.20 a.m.'],
    ['an approximate time near an exact one', 'The fire broke out at about 9 a.m.', 'The fire broke out at 9.40 a.m.'],
    ['two acts of one fire', 'The fire started at 9 a.m.', 'The fire was put out at 2 p.m.'],
    ['a bound, not a time', 'The fire broke out before 9 a.m.', 'The fire broke out at 6 a.m.'],
    ['two zones', 'The explosion happened at 3 p.m. local time.', 'The explosion happened at 13:00 GMT.'],
    ['a twelve-hour reading of a bare time', 'The train left at 9:30.', 'The train left at 21:30.'],
    ['a denial placed at another time', 'Police did not arrive at 10 p.m.', 'Police arrived at midnight.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
