/**
 * Parties swapped across two verbs of one act (WordNet synonyms, or a verb and its direct kind), and names in
 * apposition to a description that a possessive determines ("Our patron, Sir Ralf Digton,"). Every sentence invented
 * for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const actorOf = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.actor?.text;

describe('the parties of one act swapped in other words', () => {
  it.each([
    ['Marlow Bats has bought its smaller rival Denby Willow Co.', 'Denby Willow Co has acquired Marlow Bats.'],
    ['Porto beat Braga on Sunday.', 'Braga defeated Porto on Sunday.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([{ kind: 'actor', band: expect.stringMatching(/^(medium|high)$/) }]);
  });
  it.each([
    ['Porto beat Braga on Sunday.', 'Porto defeated Braga on Sunday.'],
    ['Marlow Bats called Denby Willow Co on Monday.', 'Denby Willow Co contacted Marlow Bats on Monday.'],
    ['Marlow Bats sold the yard to Denby Willow Co.', 'Denby Willow Co sold the yard to Carrow Timber.'],
    ['Vela Ronn killed 100 raiders in the valley.', 'Vela Ronn was beheaded by raiders in the valley.'],
  ])('no swap (hard negative): %s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});

describe('a name in apposition to a description a possessive determines', () => {
  it.each([
    ['Our patron, Sir Ralf Digton, cut the ribbon.', 'Sir Ralf Digton'],
    ["Bradwell's captain, Mark Ellery, lifted the cup.", 'Mark Ellery'],
    ['Our patron cut the ribbon.', 'Our patron'],
  ])('%s', (text, actor) => {
    expect(actorOf(text)).toBe(actor);
  });
  it('two named doers of one act are an actor conflict', () => {
    const a = "The ribbon was cut by the town's mayor, Cllr Dee Olton.";
    const b = 'Our patron, Sir Ralf Digton, cut the ribbon.';
    expect(reportedBetween(a, b)).toEqual([{ kind: 'actor', band: expect.stringMatching(/^(medium|high)$/) }]);
  });
});
