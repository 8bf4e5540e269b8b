import { describe, expect, it } from 'vitest';
import { extractClaims, matchClaims, type Claim } from '../../src/index.js';
import { DEFAULT_MIN_MATCH } from '../../src/match/index.js';
import { processOutcome } from '../../src/match/process-outcome.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

const NEGOTIATING = 'The two airlines were still negotiating the terms of the codeshare agreement.';

describe('processOutcome', () => {
  it.each([
    [NEGOTIATING, 'The codeshare agreement was signed on Thursday.'],
    ['The regulator is still reviewing the merger of the two banks.', 'The regulator approved the merger of the two banks.'],
    ['The planning board is still assessing the stadium proposal.', 'The planning board rejected the stadium proposal.'],
    ['The museum has made no decision on whether to return the statue.', 'The museum has returned the statue to Greece.'],
  ])('links a pending process to its outcome on the same thing: %s / %s', (x, y) => {
    const [a, b] = [one('a', x), one('b', y)];
    expect(processOutcome(a, b)).toBe(true);
    expect(processOutcome(b, a)).toBe(false);
    expect(matchClaims(a, b)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
  });

  it.each([
    ['an outcome about another thing', 'The regulator is still reviewing the merger of the two banks.', 'The regulator approved the purchase of a fleet of trucks.'],
    ['a negated outcome', NEGOTIATING, 'The codeshare agreement has not been signed.'],
    ['both pending', NEGOTIATING, 'The airlines are still discussing the codeshare agreement.'],
    ['an outcome on a later date', 'The two airlines were still negotiating the codeshare agreement on Monday, March 3, 2025.', 'The codeshare agreement was signed on Friday, March 7, 2025.'],
    ['talks on one subject, a signing on another', 'Talks on wages continue between the union and the port.', 'The ferry contract was signed.'],
  ])('does not link %s', (_, x, y) => {
    const [a, b] = [one('a', x), one('b', y)];
    expect([processOutcome(a, b), processOutcome(b, a)]).toEqual([false, false]);
  });

  it('keeps an outcome about another thing under the match threshold', () => {
    const m = matchClaims(one('a', 'The regulator is still reviewing the merger of the two banks.'), one('b', 'The regulator approved the purchase of a fleet of trucks.'));
    expect(m).toBeLessThan(DEFAULT_MIN_MATCH);
  });
});
