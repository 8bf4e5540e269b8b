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
    expect(scores('The 2010-11 season was won by the visitors.')).toEqual([]);
    expect(scores('The price of the ticket rose from 15 to 20 euros.')).toEqual([]);
  });

  it('a vote\'s tally is read by the vote\'s words (AP Stylebook vote tabulations), with "to" and up to three digits', () => {
    expect(scores('The committee voted 5-4 to approve the plan.')).toEqual([[5, 4, '5-4', 20]]);
    expect(scores('The House passed the measure 218-212.')).toEqual([[218, 212, '218-212', 29]]);
    expect(scores('The assembly voted 52 to 48 to pass the budget.')).toEqual([[52, 48, '52 to 48', 19]]);
    expect(scores('The council backed the plan by nine votes to two.')).toEqual([]);
    expect(scores('The jury voted unanimously to convict.')).toEqual([[undefined, 0, 'unanimously', 15]]);
    expect(scores('Turnout in the vote rose from 52 to 60 percent.')).toEqual([]);
  });
});

describe('one body\'s vote told with two tallies', () => {
  it.each([
    ['"ruled 7-2" / "sided with … 5-4"', 'The appeals court ruled 7-2 in favour of the union.', 'The appeals court sided with the union 5-4.', ['7-2', '5-4']],
    ['"passed 60-40" / "voted 52 to 48"', 'The assembly passed the budget 61-39.', 'The assembly voted 50 to 49 to pass the budget.', ['61-39', '50 to 49']],
    ['"ruled 5-4" / "split 6-3"', 'The tribunal ruled 5-4.', 'The tribunal split 6-3.', ['5-4', '6-3']],
    ['a split against a unanimous vote', 'The jury voted 10-2 to acquit.', 'The jury voted unanimously to acquit.', ['10-2', 'unanimously']],
  ])('%s: numeric, medium or high', (_, x, y, words) => {
    const conflict = strongest(x, y);
    // The band moves with each refit of the weights (session 18's lifted two of these to high); kind and evidence are pinned.
    expect([conflict?.kind, conflict?.band, conflict?.evidence.map((e) => e.span.text)]).toEqual(['numeric', expect.stringMatching(/^(?:medium|high)$/), words]);
  });

  it.each([
    ['the same tally in words', 'The assembly passed the budget 61-39.', 'The assembly passed the budget by 61 votes to 39.'],
    ['the same tally with "to"', 'The assembly passed the budget 61-39.', 'The assembly voted 61 to 39 to pass the budget.'],
    ['a unanimous vote against one with none against', 'The board approved the merger 9-0.', 'The board unanimously approved the merger.'],
    ['one body\'s votes on two things', 'The assembly passed the budget 61-39.', 'The assembly rejected the amendment 45-55.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });

  it('two bodies\' tallies on one bill are two votes: no numeric conflict', () => {
    expect(strongest('The assembly passed the budget 61-39.', 'The senate passed the budget 52-48.')?.kind).not.toBe('numeric');
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

  it('two bodies\' tallies on one bill are two votes: no numeric conflict', () => {
    expect(strongest('The assembly passed the budget 61-39.', 'The senate passed the budget 52-48.')?.kind).not.toBe('numeric');
  });
});
