import { describe, expect, it } from 'vitest';
import { extractClaims, matchClaims, type Claim } from '../../src/index.js';
import { candidatePairs, DEFAULT_MIN_MATCH } from '../../src/match/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('matchClaims', () => {
  it('is high through actor aliases and derivations (Kremlin / Putin, attend / attendance)', () => {
    const a = one('a', 'The Kremlin will not attend the summit in Oslo.');
    const b = one('b', 'Putin confirmed attendance at the summit in Oslo.');
    expect([a.proposition.actor?.key, b.proposition.actor?.key]).toEqual(['russia', 'russia']);
    expect(matchClaims(a, b)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
  });

  it('Russia and the Kremlin resolve to one actor', () => {
    const a = one('a', 'Russia refused to attend the summit in Oslo.');
    const b = one('b', 'The Kremlin will attend the summit in Oslo.');
    expect(matchClaims(a, b)).toBe(1);
  });

  it('is low for unrelated claims', () => {
    expect(matchClaims(one('a', 'The Kremlin will attend the summit in Oslo.'), one('b', 'The bakery sold fresh bread on Tuesday.'))).toBe(0);
  });
});

describe('candidatePairs', () => {
  it('never pairs a document’s author-voice claims with each other', () => {
    const claims = extractClaims({ id: 'a', text: 'The Kremlin will not attend the summit in Oslo. The Kremlin will attend the summit in Oslo.', source: 'A' });
    expect(claims.map((c) => c.attribution.holderKind)).toEqual(['author', 'author']);
    expect(candidatePairs(claims, { minMatch: 0, maxPairs: 100, maxPartners: 50 })).toEqual({ pairs: [], dropped: 0 });
  });

  it('pairs the writer’s own voice with a claim the same text attributes to someone else', () => {
    const claims = extractClaims({ id: 'a', text: 'The Kremlin will attend the summit in Oslo. The Kremlin will not attend the summit in Oslo, officials said.', source: 'A' });
    expect(claims.map((c) => c.attribution.holderKind)).toEqual(['author', 'anonymous']);
    expect(candidatePairs(claims, { minMatch: 0, maxPairs: 100, maxPartners: 50 }).pairs.map((p) => [p.a, p.b])).toEqual([[0, 1]]);
  });

  it('never pairs two claims of one named holder in one document', () => {
    const claims = extractClaims({ id: 'a', text: 'Peskov said the Kremlin will attend the summit. Peskov said the Kremlin will not attend the summit.', source: 'A' });
    expect(claims.map((c) => c.attribution.holder)).toEqual(['Peskov', 'Peskov']);
    expect(candidatePairs(claims, { minMatch: 0, maxPairs: 100, maxPartners: 50 }).pairs).toEqual([]);
  });

  it('pairs the same claims when they come from two documents', () => {
    const claims = [one('a', 'The Kremlin will not attend the summit in Oslo.'), one('b', 'The Kremlin will attend the summit in Oslo.')];
    expect(candidatePairs(claims, { minMatch: 0, maxPairs: 100, maxPartners: 50 }).pairs.map((p) => [p.a, p.b])).toEqual([[0, 1]]);
  });
});
