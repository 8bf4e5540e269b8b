/**
 * Reversive verbs (Cruse 1986 § 10.6: come / go, open / close, arrive / leave) name changes in opposite directions
 * that one thing undergoes in turn: told in different tenses ("had gone" / "came"; "opened in 1954" / "closes for the
 * winter") they are a sequence, not a clash. Told of one time in one tense they still clash. Sentences invented for
 * this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => clashes(a, b, ['2025-10-06', '2025-10-06']).map(([kind]) => kind);

describe('a reversive pair in two tenses is a sequence', () => {
  it.each([
    ['a past perfect and a past', 'Neighbours said the owner lit the stove after the sweep had gone.', 'The sweep came this afternoon, a neighbour said.'],
    ['a dated past and a present', 'The model village, which opened in 1954, draws 40,000 visitors a year.', 'The model village closes for the winter at the weekend.'],
    ['a past and a future', 'The tearoom opened on the quay in May.', 'The tearoom will close at the end of the season.'],
  ])('%s: none', (_, a, b) => {
    expect(kinds(a, b).filter((k) => k === 'opposition')).toEqual([]);
  });
});

describe('one time, one tense: still a clash', () => {
  it('"the tearoom opened on Saturday" / "the tearoom closed on Saturday"', () => {
    expect(kinds('The tearoom opened on Saturday, its owner said.', 'The tearoom closed on Saturday, its owner said.')).toEqual(['opposition']);
  });
  it('"prices rose last month" / "prices fell last month" (not reversives of place)', () => {
    expect(kinds('Fuel prices rose in Harwick last month.', 'Fuel prices fell in Harwick last month.')).toEqual(['opposition']);
  });
});

describe('a state against the change that will end it', () => {
  it.each([
    ['"has closed" / "would reopen" in reported speech', 'The skating rink on the pier has closed its doors after a safety review.', 'Its owner said the skating rink on the pier would reopen in the spring.'],
    ['"is closed" / "will reopen"', 'The skating rink on the pier is closed, its owner said.', 'The skating rink on the pier will reopen next month, its owner said.'],
  ])('%s: none (the future change presupposes the state)', (_, a, b) => {
    expect(kinds(a, b).filter((k) => k === 'opposition')).toEqual([]);
  });
  it('"is closed" / "reopened on Friday" still clash', () => {
    expect(kinds('The skating rink on the pier is closed, its owner said.', 'The skating rink on the pier reopened on Friday, its owner said.')).toEqual(['opposition']);
  });
});

describe('a state still to come against a change on the same day', () => {
  it('"will be closed on Thursday" / "will open late on Thursday" still clash', () => {
    expect(kinds('The county library will be closed on Thursday because of the storm, its manager said.', 'The county library will open two hours late on Thursday, its manager said.')).toContain('opposition');
  });
});

describe('a state against a state said to persist', () => {
  it('"is closed for repairs" / "will stay open until 10 p.m." still clash (no change to come)', () => {
    expect(kinds('The east wing is closed for repairs, the curator said.', 'The east wing will stay open until 10 p.m., the curator said.').length).toBeGreaterThan(0);
  });
});
