// A pronoun subject of a subordinate clause stands for the first main-clause phrase that agrees with it (subject,
// object, object of the first preposition): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractWithSkips, SUITE_REFERENCE_DATE } from '../../scripts/eval-extraction-run.js';
import { agrees } from '../../src/extract/clause-antecedents.js';

/** predicate: actor text [actor key] of each claim, in order. */
const actors = (text: string): string[] =>
  extractWithSkips('wire', text, SUITE_REFERENCE_DATE).claims.map((c) => `${c.proposition.predicate?.lemma}: ${c.proposition.actor ? `${c.proposition.actor.text} [${c.proposition.actor.key}]` : '-'}`);

describe('pronoun subjects of subordinate clauses', () => {
  it.each([
    ['the subject, for "it"', 'The tanker drifted for hours after it lost its rudder.', ['drift: The tanker [tanker]', 'lose: it [tanker]']],
    ['the subject, for "she"', 'The senator left the hall after she lost the vote.', ['leave: The senator [senat]', 'lose: she [senat]']],
    ['the object, when the subject is plural', 'Guards stopped the courier when he reached the gate.', ['stop: Guards [guard]', 'reach: he [courier]']],
    ['the object, when the subject is a person', 'The farmer sold the land after it flooded.', ['sell: The farmer [farmer]', 'flood: it [land]']],
    ['the object of a preposition, not of its modifier', 'The mayor walked to the bridge near the school before it collapsed.', ['walk: The mayor [mayor]', 'collapse: it [bridg]']],
    ['"they" skips a singular subject', 'The minister met the farmers after they protested.', ['meet: The minister [minist]', 'protest: they [farmer]']],
    ['"it" skips a two-word name', 'Anna Berg joined the union after it won the vote.', ['join: Anna Berg [berg]', 'win: it [union]']],
    ['an unmarked plural subject for "they"', 'Police questioned the boy after they found the car.', ['question: Police [polic]', 'find: they [polic]']],
  ])('%s: %s', (_name, text, want) => expect(actors(text)).toEqual(want));
});

describe('hard negatives', () => {
  it('no phrase agrees: "he" after a ship and no holder stays as written', () =>
    expect(actors('The ship sank after he fell overboard.')).toEqual(['sink: The ship [ship]', 'fall: he [he]']));
  it('a subordinate clause with a noun subject keeps it', () =>
    expect(actors('The coach praised the team after the players won.')).toEqual(['praise: The coach [coach]', 'win: the players [player]']));
  it('a main-clause pronoun under a holder still stands for the holder', () =>
    expect(actors('The union said it would strike on Monday.')).toEqual(['strike: it [union]']));
  it.each([
    ['he', 'Police', false],
    ['he', 'the driver', true],
    ['it', 'The driver', false],
    ['it', 'Reza Gul', false],
    ['it', 'Nordbank', true],
    ['they', 'The news', false],
    ['they', 'the cattle', true],
    ['she', 'he', false],
    ['she', 'she', true],
  ] as const)('"%s" agrees with "%s": %s', (pronoun, text, want) => expect(agrees(pronoun, text)).toBe(want));
});
