/**
 * Issue 11: a numbered flight, train or route has one destination, so two reports naming the same service with
 * destinations that exclude each other clash on place even when their verbs tell different acts. Containment and
 * another service do not. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('one numbered service, two destinations', () => {
  it('Flight 212 to Atlanta / to Boston: location', () => {
    expect(reported('The passenger fell ill on Delta Flight 212 to Atlanta.', 'The passenger collapsed on Delta Flight 212 to Boston.')).toEqual([
      { kind: 'location', band: MEDIUM_PLUS, evidence: ['Atlanta', 'Boston'] },
    ]);
  });

  it('a city with its state after it / another city: location', () => {
    expect(reported('The man was hurt on Coastal Airways Flight 88 to Denver, Colorado, as it was boarding.', 'The man was injured on Coastal Airways Flight 88 to Phoenix as it boarded.')).toEqual([
      { kind: 'location', band: MEDIUM_PLUS, evidence: ['Denver', 'Phoenix'] },
    ]);
  });

  it('a city / the state that contains it: no clash', () => {
    expect(reported('The passenger fell ill on Delta Flight 212 to Denver.', 'The passenger collapsed on Delta Flight 212 to Colorado.')).toEqual([]);
  });

  it('two flights: no clash', () => {
    expect(reported('The passenger fell ill on Delta Flight 212 to Atlanta.', 'The passenger collapsed on Delta Flight 380 to Boston.')).toEqual([]);
  });
});
