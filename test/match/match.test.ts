import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, matchClaims, type Claim } from '../../src/index.js';
import { actorAgreement } from '../../src/match/similarity.js';
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
  it('counts as dropped by the partner cap only the pairs that neither side kept', () => {
    // Three claims with the same keys, one partner each: a keeps b, b keeps a, c keeps a (ties by claim id), so
    // only b–c is never compared, although each claim left one partner beyond its cap.
    const claims = ['a', 'b', 'c'].map((id) => one(id, 'The Kremlin will attend the summit in Oslo.'));
    const run = candidatePairs(claims, { minMatch: 0, maxPairs: 100, maxPartners: 1 });
    expect(run.pairs.map((p) => [claims[p.a]!.id, claims[p.b]!.id])).toEqual([['a:1', 'b:1'], ['a:1', 'c:1']]);
    expect([run.byPartners, run.byPairs, run.dropped]).toEqual([1, 0, 1]);
  });

  it('never pairs a document’s author-voice claims with each other', () => {
    const claims = extractClaims({ id: 'a', text: 'The Kremlin will not attend the summit in Oslo. The Kremlin will attend the summit in Oslo.', source: 'A' });
    expect(claims.map((c) => c.attribution.holderKind)).toEqual(['author', 'author']);
    expect(candidatePairs(claims, { minMatch: 0, maxPairs: 100, maxPartners: 50 })).toEqual({ pairs: [], dropped: 0, byPartners: 0, byPairs: 0 });
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

describe('actorAgreement: a different actor of the same act is unknown, not a different event', () => {
  const club = one('a', 'The Harbour Rowing Club lodged a complaint with the league.');
  const association = one('b', 'The Northfield Sailing Association filed a complaint with the league.');

  it('counts one actor as 1 and a missing actor as 0.5', () => {
    expect(actorAgreement(club, one('c', 'The Harbour Rowing Club lodged a complaint with the league.'))).toBe(1);
    expect(actorAgreement(club, one('c', 'A complaint was lodged with the league.'))).toBe(0.5);
  });

  it('counts two actors of one act (synonyms on one theme) as unknown, 0.5', () => {
    expect(actorAgreement(club, association)).toBe(0.5);
    expect(matchClaims(club, association)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
  });

  it('reports the pair as an actor conflict of medium band', () => {
    const conflict = compareClaims(club, association);
    expect(conflict?.kind).toBe('actor');
    expect(conflict?.band).toBe('medium');
  });

  it('keeps two different actors doing two different things apart', () => {
    const other = one('c', 'The Northfield Sailing Association won the regatta on the lake.');
    expect(actorAgreement(club, other)).toBe(0);
    expect(matchClaims(club, other)).toBeLessThan(DEFAULT_MIN_MATCH);
  });

  it('keeps one actor doing two different things on two dates silent', () => {
    const a = one('a', 'The Harbour Rowing Club lodged a complaint with the league on Monday.');
    const b = one('b', 'The Harbour Rowing Club won the regatta on the lake on Friday.');
    expect(matchClaims(a, b)).toBeLessThan(DEFAULT_MIN_MATCH);
    expect(compareClaims(a, b)).toBeNull();
  });

  it('a rarer shared verb sense without a shared theme does not make one act', () => {
    const a = one('a', 'Tourists lodged in the village near the lake.');
    const b = one('b', 'Pupils filed into the village hall.');
    expect(actorAgreement(a, b)).toBe(0);
    expect(compareClaims(a, b)).toBeNull();
  });

  it('a second difference, in place, makes two events of one kind', () => {
    const a = one('a', 'Shell opened a refinery in Rotterdam.');
    const b = one('b', 'Exxon opened a refinery in Texas.');
    expect(actorAgreement(a, b)).toBe(0);
    expect(matchClaims(a, b)).toBeLessThan(DEFAULT_MIN_MATCH);
  });

  it('a second difference, in date, makes two events of one kind', () => {
    const a = one('a', 'The Harbour Rowing Club lodged a complaint with the league on 3 March 2025.');
    const b = one('b', 'The Northfield Sailing Association filed a complaint with the league on 9 June 2025.');
    expect(actorAgreement(a, b)).toBe(0);
  });

  it('the same act without a named theme on both sides is not enough', () => {
    const a = one('a', 'Students protested against the fees.');
    const b = one('b', 'Farmers protested against the tax.');
    expect(actorAgreement(a, b)).toBe(0);
    expect(matchClaims(a, b)).toBeLessThan(DEFAULT_MIN_MATCH);
  });

  it('two parties holding one attitude are no actor conflict', () => {
    const a = one('a', 'Portugal welcomed the fisheries accord.');
    const b = one('b', 'Norway welcomed the fisheries accord.');
    expect(actorAgreement(a, b)).toBe(0.5);
    expect(compareClaims(a, b)).toBeNull();
  });
});
