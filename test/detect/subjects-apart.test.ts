/**
 * Issue 11: one intransitive act of two things, one introduced as new ("The earthquake struck …" / "A strong aftershock
 * struck …"), is two events: their dates and places need not agree. One thing under two names still clashes.
 * Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('two things that did one act', () => {
  it('an earthquake / an aftershock at other times: no clash', () => {
    expect(reported('The earthquake struck at 3 a.m. on Monday.', 'A strong aftershock struck at 9 a.m. on Tuesday.')).toEqual([]);
  });

  it('a tornado / a waterspout in other places: no clash', () => {
    expect(reported('The tornado touched down in Kansas.', 'A waterspout touched down in Florida.')).toEqual([]);
  });

  it('a bomb / a gas cylinder on other days: no clash', () => {
    expect(reported('A bomb exploded on Monday.', 'A gas cylinder exploded on Tuesday.')).toEqual([]);
  });

  it('the earthquake / the quake (WordNet synonyms): temporal', () => {
    expect(reported('The earthquake struck at 3 a.m. on Monday.', 'The quake struck at 9 a.m. on Tuesday.')).toEqual([
      { kind: 'temporal', band: MEDIUM_PLUS, evidence: ['3 a.m. on Monday', '9 a.m. on Tuesday'] },
    ]);
  });

  it('two definite subjects may be one thing under two names: temporal', () => {
    expect(reported('The bomb exploded on Monday.', 'The device exploded on Tuesday.')).toEqual([
      { kind: 'temporal', band: MEDIUM_PLUS, evidence: ['Monday', 'Tuesday'] },
    ]);
  });

  it('one subject named twice: temporal', () => {
    expect(reported('The earthquake struck on Monday.', 'An earthquake struck on Tuesday.')).toEqual([
      { kind: 'temporal', band: MEDIUM_PLUS, evidence: ['Monday', 'Tuesday'] },
    ]);
  });
});
