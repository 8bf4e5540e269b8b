/**
 * A missing person against their body found: "the pilot's body was recovered" or "the body of the climber was found"
 * ends the search for that person (relate/pending-states.ts remainsOf, REMAINS_NOUNS after WordNet). Every sentence is
 * invented for this file; hard negatives: another person's body, the person's belongings, a body found by the missing
 * person, a past state.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('a missing person against their body found', () => {
  it.each([
    ['The pilot is still missing.', "The pilot's body was recovered.", ['missing', 'recovered']],
    ['The climber is still missing.', 'The body of the climber was found on Sunday.', ['missing', 'found']],
    ['The fisherman remains missing.', "Divers recovered the fisherman's body.", ['missing', 'recovered']],
  ])('%s / %s: status', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['another person', 'The climber is still missing.', "The guide's body was found on Sunday."],
    ['another person, of-phrase', 'The climber is still missing.', 'The body of a hiker was found on Sunday.'],
    ['a belonging', 'The climber is still missing.', "The climber's bag was found on Sunday."],
    ['a body found by the missing person', 'The climber is still missing.', 'The climber found the body of a hiker.'],
    ['a past state', 'The fisherman was missing for two days.', "The fisherman's body was recovered."],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
