/**
 * An open whether-question against its answer found out: "seeking information on whether" / "has established that"
 * (lexicon/status-cues.ts STATUS_VERBS: establish, verify, ascertain, Karttunen 1977), with a quotation mark inside
 * the pending phrase and a pronoun subject standing for the one who says it. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('an open question against its answer', () => {
  it.each([
    ['The ministry is seeking information on whether the ship carried weapons.', 'The ministry has established that the ship carried weapons.'],
    ['The ministry said it was seeking “more information” on whether the ship carried weapons.', 'The ministry has established that the ship carried weapons.'],
    ['The ministry said we are seeking information on whether rebels are trying to sell the weapons.', 'The ministry has established that rebels are trying to sell the weapons.'],
  ])('%s / %s: status', (a, b) => {
    expect(alertsWithEvidence(a, b).map((c) => [c.kind, c.band])).toEqual([['status', MEDIUM_PLUS]]);
  });

  it.each([
    ['the question asked twice', 'The ministry is seeking information on whether the ship carried weapons.', 'The ministry is still seeking information on whether the ship carried weapons, officials said.'],
    ['the answer not yet found', 'The ministry is seeking information on whether the ship carried weapons.', 'The ministry has not established whether the ship carried weapons.'],
    ['another question answered', 'The ministry is seeking information on whether the ship carried weapons.', 'The ministry has established that the crew was paid in cash.'],
    ['a company founded, no answer', 'The ministry is seeking information on whether the ship carried weapons.', 'The ministry established a shipping office.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
