/**
 * A body found or recovered holds its owner dead (relate/remains.ts, read by relate/exclusive-states.ts): against a
 * report that the same person is alive or survived, that is an opposition. Every sentence is invented for this file;
 * the hard negatives are another person, a body of nobody named, a search not done or only possible, two people told
 * apart, and the same finding told twice.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { remainsFound, remainsOf } from '../../src/relate/remains.js';
import { alertsWithEvidence, oneClash, reportedBetween } from '../helpers/two-reports.js';

const first = (text: string) => extractClaims({ id: 'a', text, source: 'a' })[0]!;

describe('remainsFound', () => {
  it('reads the owner of a possessive or of-phrase body, with the finding verb as evidence', () => {
    const possessive = remainsFound(first("The skier's body was found on the slope."));
    expect(possessive?.span.text).toBe('found');
    expect(possessive?.holder).toEqual({ lemmas: ['skier'], name: false });
    const ofPhrase = remainsFound(first('Divers recovered the body of Ivan Lind on Friday.'));
    expect(ofPhrase?.span.text).toBe('recovered');
    expect(ofPhrase?.holder).toEqual({ lemmas: ['ivan', 'lind'], name: true });
  });

  it('needs a finding verb and a named owner', () => {
    expect(remainsFound(first('A body was found near the skier’s hut.'))).toBeNull();
    expect(remainsFound(first("Police are searching for the skier's body."))).toBeNull();
    expect(remainsOf(first('Workers found the body of the old truck in a field.'), first('Workers found the body of the old truck in a field.').proposition.theme!)).toBe('old truck');
  });
});

describe('a body found against alive', () => {
  it.each([
    ['Divers recovered the body of the diver on Tuesday.', 'The diver is alive, the club said.'],
    ['Mira Holt is alive, her lawyer said.', "Mira Holt's body was found in the canal, police said."],
    ['The skier was found alive on Sunday.', "The skier's body was found in a gully on Sunday."],
    ["The fisherman's body was recovered from the bay.", 'The fisherman survived, the coastguard said.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual(oneClash('opposition'));
  });

  it('shows the state and the finding verb as evidence', () => {
    const [alert] = alertsWithEvidence('The diver is alive, the club said.', 'Divers recovered the body of the diver on Tuesday.');
    expect(alert?.evidence).toEqual(['alive', 'recovered']);
  });
});

describe('hard negatives: no clash', () => {
  it.each([
    ["The skier's brother is alive, the family said.", "The skier's body was found on the slope."],
    ["A body was found near the skier's hut.", 'The skier is alive, his family said.'],
    ["Police have not found the skier's body.", 'The skier is alive, his family said.'],
    ['The body of the second skier was found on Monday.', 'The first skier is alive.'],
    ["The skier's body was found on the slope.", "The skier's body was recovered from the slope."],
    ["Searchers may have found the skier's body, police said.", 'The skier is alive, his family said.'],
    ["The driver's body was found in the wreckage.", 'The co-driver is alive and in hospital.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
