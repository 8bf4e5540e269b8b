/**
 * "go on sale", "went on strike": "on" before a bare noun is a preposition of state, so the verb is no phrasal "go on"
 * (continue); "went on for hours" and "carried on playing" keep the phrasal verb. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const lemma = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.predicate?.lemma;

describe('"on" before a bare noun', () => {
  it.each([
    ['Seats for the gala will go on sale in May.', 'go'],
    ['Bus drivers went on strike on Monday.', 'go'],
    ['The talks went on for hours.', 'continue'],
    ['The choir carried on singing.', 'continue'],
  ])('%s → %s', (text, want) => {
    expect(lemma(text)).toBe(want);
  });
  it('seats going on sale and entries closing are no one act (hard negative)', () => {
    expect(reportedBetween('Seats for the gala will go on sale in May, the trust said.', 'Entries for the gala will close on April 30, the trust said.')).toEqual([]);
  });
});
