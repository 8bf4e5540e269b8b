/**
 * A support verb before an event noun tells the act the noun names ("The inspection of the dam was carried out by state
 * engineers" = state engineers inspected the dam): two reports naming different doers of that act clash on the actor.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('an act named by its noun under a support verb', () => {
  it('two doers of one act: actor', () => {
    expect(kinds('The inspection of the dam was carried out by state engineers.', 'Private contractors inspected the dam.')).toEqual(['actor']);
    expect(kinds('State engineers carried out the inspection of the dam.', 'Private contractors inspected the dam.')).toEqual(['actor']);
  });

  it('the same doer, another object, a denied act (hard negatives)', () => {
    expect(kinds('The inspection of the dam was carried out by state engineers.', 'State engineers inspected the dam.')).toEqual([]);
    expect(kinds('The inspection of the dam was carried out by state engineers.', 'Private contractors inspected the bridge.')).toEqual([]);
    expect(kinds('State engineers did not carry out the inspection of the dam.', 'Private contractors inspected the dam.')).toEqual([]);
  });
});
