/**
 * Issue 11: verbs that say only where a thing is (FrameNet Being_located: "is based in", "is headquartered in") place
 * one thing twice, so two places that exclude each other clash; containment, another thing, or a part of the thing
 * do not. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('where a thing is', () => {
  it('headquartered in one city / based in another: location', () => {
    expect(reported('The company is headquartered in Munich.', 'The company is based in Hamburg.')).toEqual([
      { kind: 'location', band: MEDIUM_PLUS, evidence: ['Munich', 'Hamburg'] },
    ]);
    expect(reported('The charity is based in Leeds.', 'The charity is headquartered in Manchester.')).toEqual([
      { kind: 'location', band: MEDIUM_PLUS, evidence: ['Leeds', 'Manchester'] },
    ]);
  });

  it('a city and the country that contains it: no clash', () => {
    expect(reported('The company is headquartered in Munich.', 'The company is based in Germany.')).toEqual([]);
  });

  it('another thing, or a part of the thing, elsewhere: no clash', () => {
    expect(reported('The company is headquartered in Munich.', 'Its rival is based in Hamburg.')).toEqual([]);
    expect(reported('The company is headquartered in Munich.', 'The company has a factory located in Hamburg.')).toEqual([]);
  });
});
