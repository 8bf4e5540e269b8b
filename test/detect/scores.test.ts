import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';
import { scoresOf } from '../../src/detect/scores.js';

const strongest = strongestOfUndated;
const scores = (text: string) => scoresOf(extractClaims({ id: 'a', text, source: 'A' })[0]!).map((s) => [s.high, s.low, s.span.text, s.span.start]);

describe('a contest\'s score', () => {
  it('is read where a word of a contest\'s result stands, with its span, the higher number first', () => {
    expect(scores('The home side won 3-1 on Sunday.')).toEqual([[3, 1, '3-1', 18]]);
    expect(scores('The visitors lost 1–3 in the rain.')).toEqual([[3, 1, '1–3', 18]]);
    expect(scores('The committee voted 5-4 to approve the plan.')).toEqual([]);
    expect(scores('The 2010-11 season was won by the visitors.')).toEqual([]);
  });
});

describe('one match told with two scores', () => {
  it.each([
    ['"won 3-1" / "won 2-1"', 'The home side won 3-1.', 'The home side won 2-1.', ['3-1', '2-1']],
    ['two draws', 'The match ended in a 2-2 draw.', 'The match ended in a 1-1 draw.', ['2-2', '1-1']],
  ])('%s: a numeric conflict at medium or high on the scores', (_, x, y, words) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('numeric');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict?.evidence.map((e) => e.span.text)).toEqual(words);
  });

  it.each([
    ['one score from each side', 'The home side won 3-1.', 'The visitors lost 1-3.'],
    ['a score and its margin', 'The home side won 3-1.', 'The home side won by two goals.'],
    ['two legs', 'Arsenal won the first leg 2-0.', 'Arsenal won the second leg 3-1.'],
    ['two matches', 'Arsenal beat Chelsea 2-0.', 'Liverpool beat Everton 3-1.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
