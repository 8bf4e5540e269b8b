/**
 * Two readings of state and theme. Sentences invented for this file; expectations written before the first run.
 * - "pending" with an object is a preposition ("suspended pending an investigation": until), not an undecided state;
 * - "No one" as a passive subject is the theme the negation denies was acted on.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

let n = 0;
const one = (text: string): Claim => {
  n += 1;
  const claims = extractClaims({ id: `d${n}`, text, source: `S${n}` });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('"pending" as a preposition', () => {
  it('"has been suspended pending an investigation" is affirmed', () => {
    expect(one('The driver has been suspended pending an investigation.').proposition.state).toBe('affirmed');
  });
  it('"pending" as an adjective still marks an undecided state', () => {
    expect(one('The decision on the licence is pending.').proposition.state).toBe('pending');
    expect(one('The appeal remains pending before the court.').proposition.state).toBe('pending');
  });
  it('"suspended pending an investigation" vs "has not been suspended" is polarity', () => {
    const c = compareClaims(one('The driver has been suspended pending an investigation.'), one('The driver has not been suspended.'));
    expect(c?.kind).toBe('polarity');
  });
});

describe('"No one" as a passive subject', () => {
  it('is the theme, across auxiliaries', () => {
    for (const text of ['No one was taken to hospital.', 'No one has been arrested.', 'No one will be charged.']) {
      expect(one(text).proposition).toMatchObject({ theme: { text: 'No one' }, state: 'negated' });
    }
  });
  it('"Two passengers were taken to hospital" vs "No one was taken to hospital" is polarity', () => {
    const c = compareClaims(one('Two passengers were taken to hospital on Sunday.'), one('No one was taken to hospital on Sunday.'));
    expect(c?.kind).toBe('polarity');
  });
  it('the same denial twice raises nothing', () => {
    expect(compareClaims(one('No one was taken to hospital on Sunday.'), one('No one was taken to hospital on Sunday.'))).toBeNull();
  });
  it('an active "No one" keeps no theme of its own', () => {
    expect(one('No one saw the crash.').proposition.theme?.text).toBe('crash');
  });
});

describe('a process verb in a past or perfect passive is a process done', () => {
  it('"were reviewed this winter" is affirmed; "is being reviewed" and "will be reviewed" stay pending', () => {
    expect(one('The licences were reviewed this winter.').proposition.state).toBe('affirmed');
    expect(one('The plan has been examined by the board.').proposition.state).toBe('affirmed');
    expect(one('The licence is being reviewed.').proposition.state).toBe('pending');
    expect(one('The licence will be reviewed in May.').proposition.state).toBe('pending');
    expect(one('The board is reviewing the licence.').proposition.state).toBe('pending');
  });
});
