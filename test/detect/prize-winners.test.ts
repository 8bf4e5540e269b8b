/**
 * Who won a prize, told as the winner's act ("Priya Solanki won the top prize") or as the prize's passing to someone
 * ("The top prize went to Tom Wexley", "was awarded to"): two different named winners of one prize are an actor
 * conflict (FrameNet Win_prize: a competitor wins a prize; Giving: the prize given to a recipient). Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const found = (a: string, b: string) =>
  analyzeTwoReports(a, b).conflicts.filter((c) => c.band !== 'low').map((c) => [c.kind, c.evidence.map((e) => e.span.text)]);

describe('one prize, two named winners', () => {
  it.each([
    ['Priya Solanki won the top prize at the convention on Sunday.', 'The top prize went to Tom Wexley on Sunday.', ['Priya Solanki', 'Tom Wexley']],
    ['The gold medal was awarded to Ana Ruiz.', 'The gold medal went to Lena Voss.', ['Ana Ruiz', 'Lena Voss']],
    ['The close-up trophy was won by Priya Solanki.', 'The close-up trophy was presented to Tom Wexley.', ['Priya Solanki', 'Tom Wexley']],
  ])('%s / %s: actor', (a, b, evidence) => {
    expect(found(a, b)).toEqual([['actor', evidence]]);
  });
});

describe('hard negatives', () => {
  it.each([
    ['the same winner told both ways', 'Priya Solanki won the top prize on Sunday.', 'The top prize went to Priya Solanki on Sunday.'],
    ['two different prizes', 'The junior prize went to Tom Wexley.', 'Priya Solanki won the senior prize.'],
    ['a prize not won (denied)', 'Priya Solanki did not win the top prize.', 'The top prize went to Tom Wexley.'],
    ['money going somewhere is no prize', 'The money went to Tom Wexley.', 'The money went to Priya Solanki.'],
    ['one winner by full name and by courtesy title', 'Priya Solanki won the top prize on Sunday.', 'The top prize went to Ms Solanki on Sunday.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(found(a, b)).toEqual([]);
  });
});

// A known failure until session 39: with a place phrase after it the tagger read "prize" as the verb
// (extract/relative-subjects.ts now reads a base form after a singular noun of the subject as its head).
it('a prize with a phrase after its head, going to a winner', () => {
  expect(found('Priya Solanki won the top prize at the convention on Sunday.', 'The top prize at the convention went to Tom Wexley on Sunday.')).toEqual([['actor', ['Priya Solanki', 'Tom Wexley']]]);
});
