/**
 * An event named as the subject ("The record attempt raised $30,000", "The fire destroyed the barn") is no doer: the
 * money an appeal raised was raised by those who ran it, the barn a fire destroyed by whoever lit it. It does not
 * compete with a doer another report names, save as a rival cause ("was caused by a software update" / "a
 * cyberattack caused"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const actors = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.filter((c) => c.kind === 'actor' && c.band !== 'low').length;

describe('an event as the subject', () => {
  it('does not clash with a doer (hard negatives)', () => {
    expect(actors('The record attempt raised $30,000 for a rural charity, organisers said.', 'The farm raised $30,000 for a rural charity, organisers said.')).toBe(0);
    expect(actors('The fire destroyed the old barn on Tuesday night.', 'Vandals destroyed the old barn on Tuesday night, police said.')).toBe(0);
    expect(actors('The summer appeal raised $8,000 for the hospice.', 'Local schools raised $8,000 for the hospice.')).toBe(0);
  });

  it('two doers, or an event and a doer as rival causes, still clash (positives)', () => {
    expect(actors('The outage at the depot was caused by a software update, the firm said.', 'A cyberattack caused the outage at the depot, the union said.')).toBe(1);
    expect(actors('Local farmers raised $30,000 for the rural charity.', 'The parish council raised $30,000 for the rural charity.')).toBe(1);
    expect(actors('Vandals destroyed the old barn on Tuesday night.', 'A farmer destroyed the old barn on Tuesday night.')).toBe(1);
  });
});
