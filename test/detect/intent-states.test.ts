/**
 * How an act came about, as incompatible states of the act (lexicon/incompatible-states.ts: WordNet's
 * intentional/unintentional, Merriam-Webster's antonyms of "accidental"). Every sentence is invented for this file;
 * hard negatives: one cause in other words, two acts, a negated side, the noun in another use.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('deliberate against accidental', () => {
  it.each([
    ['The fire was deliberate, investigators said.', 'The fire was accidental, investigators said.', ['deliberate', 'accidental']],
    ['The shooting was intentional.', 'The shooting was accidental.', ['intentional', 'accidental']],
    ['The crash was an accident.', 'The crash was deliberate.', ['accident', 'deliberate']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['one cause in other words', 'The fire was an accident.', 'The fire was accidental.'],
    ['two acts', 'The fire was deliberate.', 'The flood was accidental.'],
    ['a negated side', 'The fire was not deliberate.', 'The fire was accidental.'],
    ['the noun in another use', 'The fire was deliberate.', 'The fire caused an accident on the motorway.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
