import { expect } from 'vitest';
import { extractClaims, type Claim } from '../../src/index.js';

/** The one claim of a one-sentence document whose source is its id in capitals; fails the test if there is not exactly one. */
export function singleClaim(id: string, text: string): Claim {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
}
