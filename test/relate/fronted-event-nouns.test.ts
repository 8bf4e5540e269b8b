/**
 * An event noun before its support verb, or after an existential "there be" (issue 10/11): "no arrests have been made"
 * and "there was no inspection" deny the act a plain verb affirms ("police arrested the driver"). Sentences invented
 * for this file. Hard negatives: the same denial told twice, the denial at another instance of the occasion ("the
 * first protest" / "the second protest") or in another place, and two different event nouns.
 */
import { describe, expect, it } from 'vitest';
import { eventMentions } from '../../src/relate/events.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { singleClaim } from '../helpers/single-claim.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const light = (text: string) => eventMentions(singleClaim('a', text), lexicon).filter((m) => m.source === 'light-verb').map((m) => [m.word.lemma, m.span.text]);

describe('the event noun before a passive support verb, or the pivot of an existential', () => {
  it.each([
    ['No arrests have been made.', [['arrest', 'arrests have been made']]],
    ['A thorough inspection was carried out.', [['inspect', 'inspection was carried']]],
    ['There have been no evacuations.', [['evacuate', 'been no evacuations']]],
    ['There was an inspection of the mine.', [['inspect', 'was an inspection']]],
  ])('%s', (text, expected) => {
    expect(light(text)).toEqual(expected);
  });

  it.each([
    ['a passive of a full verb', 'The inspection was cancelled.'],
    ['a copula with a state, not an existential', 'The inspection was thorough.'],
    ['a support verb with a thing, not an event', 'A new bridge was made.'],
  ])('none: %s', (_, text) => {
    expect(light(text)).toEqual([]);
  });
});

describe('a denied event noun against the plain verb: polarity', () => {
  it.each([
    ['Police arrested two men near the stadium.', 'No arrests have been made.'],
    ['Inspectors inspected the reactor.', 'No inspection of the reactor was carried out.'],
    ['Firefighters evacuated the tower.', 'There was no evacuation of the tower.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual(oneClash('polarity'));
  });
});

describe('a denied event noun: hard negatives', () => {
  it.each([
    ['the same denial told twice', 'No arrests have been made.', 'Police have not arrested anyone.'],
    ['the same denial, passive and existential', 'There have been no arrests.', 'No arrests were made.'],
    ['another instance of the occasion', 'No arrests were made at the first protest.', 'Police arrested three at the second protest.'],
    ['another instance, plain verbs', 'Police did not arrest anyone at the first match.', 'Police arrested four people at the third match.'],
    ['another place', 'No arrests were made in Paris.', 'Police arrested three in Lyon.'],
    ['another date', 'No arrests were made on Monday.', 'Police arrested three on Tuesday.'],
    ['another event noun', 'No arrests have been made.', 'Police carried out an inspection.'],
  ])('%s: none', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
