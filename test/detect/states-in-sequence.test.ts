/**
 * Incompatible states of one thing (lexicon/incompatible-states.ts), with the pair added here (on strike / back at
 * work, after WordNet 3.1 strike n.02), and the sequence reading: a past state with its date against a present one
 * holds before it. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('states that exclude each other', () => {
  it.each([
    ['The dockworkers are on strike.', 'The dockworkers are back at work.', ['on strike', 'back at work']],
    ['The museum is open to visitors.', 'The museum is closed to visitors.', ['open', 'closed']],
    ['The museum was closed on Monday.', 'The museum was open on Monday.', ['closed', 'open']],
  ])('%s / %s: opposition', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['a dated past state, then a present one', 'The museum was closed in 2019.', 'The museum is open today.'],
    ['a dated strike, then work resumed', 'The dockworkers were on strike in May.', 'The dockworkers are back at work.'],
    ['another group', 'The dockworkers are on strike.', 'The bus drivers are back at work.'],
    ['a strike begun, not a state against work', 'The dockworkers are on strike.', 'The dockworkers went on strike on Monday.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
