/**
 * An outcome denied through its noun ("No injuries were reported", "There were no casualties", "No arrests have been
 * made") against the outcome told of some ("Two passengers were injured", "Police arrested two men"): the wire's
 * commonest way to deny an outcome, read like "No one was injured" (detect/outcome-denials.ts). A treatment "for minor
 * cuts" is an injury by its injury word, whatever adjective stands first. Sentences invented for this file;
 * expectations written before the first run (the
 * other-day negative first told the derailment itself of 2019 too, a temporal clash of its own: reworded). Hard negatives: another outcome frame (no deaths / two injured), both
 * sides denying in other words, an outcome told of another day, and a denial of a noun that is no outcome.
 */
import { describe, expect, it } from 'vitest';
import { alertKinds } from '../helpers/two-reports.js';

const derailment = 'A tram derailed in Graz on Monday morning.';

describe('an outcome denied through its noun against the outcome told of some', () => {
  it.each([
    ['No injuries were reported.', 'Two passengers were injured.'],
    ['There were no injuries.', 'Two passengers were hurt.'],
    ['There were no casualties, police said.', 'Two passengers were injured, police said.'],
    ['No serious injuries were recorded.', 'Two passengers suffered broken bones and were injured.'],
    ['Nobody was hurt.', 'Two passengers were treated for minor cuts.'],
  ])('%s / %s', (a, b) => {
    expect(alertKinds(`${derailment} ${a}`, `${derailment} ${b}`)).toEqual(['polarity']);
  });

  it('no arrests made against an arrest', () => {
    expect(alertKinds('Protesters blocked the port of Koper on Friday. No arrests have been made.', 'Protesters blocked the port of Koper on Friday. Police arrested two men.')).toEqual(['polarity']);
  });
});

describe('no clash', () => {
  it.each([
    ['another outcome frame', 'No deaths were reported.', 'Two passengers were injured.'],
    ['both deny in other words', 'No injuries were reported.', 'Nobody was hurt.'],
    ['a denial of a noun that is no outcome', 'No delays were reported.', 'Two passengers were injured.'],
  ])('%s', (_, a, b) => {
    expect(alertKinds(`${derailment} ${a}`, `${derailment} ${b}`)).toEqual([]);
  });

  it('an outcome told of another day', () => {
    expect(alertKinds(`${derailment} No injuries were reported.`, `${derailment} Two passengers were injured on the same line in 2019.`)).toEqual([]);
  });
});
