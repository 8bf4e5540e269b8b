import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/api/stages.js';
import { PairStore } from '../../src/index-store/pair-store.js';
import { candidatePairs, DEFAULT_MIN_MATCH, type CandidateOptions } from '../../src/match/index.js';
import type { Claim } from '../../src/model/claim.js';

// Sentences that share many keys (fire, plant, workers, Ostrava, residents), so tiny caps bind everywhere.
const TEXTS = [
  'A fire at the chemical plant in Ostrava killed seven workers on Tuesday.',
  'Nine workers died in the fire at the chemical plant in Ostrava.',
  'The fire at the Ostrava plant started in a storage hall.',
  'The blaze at the plant started in the control room.',
  'About 200 residents near the plant were evacuated.',
  'More than 500 residents near the Ostrava plant were evacuated.',
  'The plant will stay closed until Friday.',
  'The plant reopened on Friday.',
  'The ministry confirmed that the plant had passed an inspection in May.',
  'The ministry denied that the plant had passed an inspection.',
  'Seven workers were killed in the Ostrava plant fire.',
  'Firefighters put out the fire at the plant on Wednesday.',
  'The workers at the plant went on strike in May.',
  'The storage hall of the plant held chemicals.',
];

const CLAIMS: Claim[] = TEXTS.map((text, i) => extractClaims({ id: `d${i}`, text, source: { name: `S${i}`, kind: 'wire' } })[0]!);

const CAPS: CandidateOptions = { minMatch: DEFAULT_MIN_MATCH, maxPartners: 2, poolFactor: 1, postingScan: 3, maxPairs: 1_000_000 };

const WIDE_POOL: CandidateOptions = { minMatch: DEFAULT_MIN_MATCH, maxPartners: 2, poolFactor: 4, postingScan: 6, maxPairs: 1_000_000 };

const shape = (pairs: readonly { a: number; b: number; match: number }[]) => pairs.map((p) => `${p.a},${p.b}:${p.match}`).sort();

describe('PairStore: the pairs candidatePairs compares, kept up to date claim by claim', () => {
  it('every claim has a claim and several shared keys', () => {
    expect(CLAIMS.every((c) => c !== undefined && c.keys.length >= 3)).toBe(true);
  });

  it.each([
    ['tiny caps that bind', CAPS],
    // A pool wider than the kept partners: a newcomer can be pooled without being kept, so a stored claim is not re-ranked.
    ['a pool wider than the kept partners', WIDE_POOL],
  ] as const)('equals candidatePairs over all claims after every add, whatever the order and batching, with %s', (_name, caps) => {
    fc.assert(
      fc.property(fc.shuffledSubarray(CLAIMS, { minLength: 6, maxLength: CLAIMS.length }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 14, maxLength: 14 }), (claims, batches) => {
        const store = new PairStore(caps);
        let at = 0;
        for (const size of batches) {
          if (at >= claims.length) break;
          store.add(claims.slice(at, at + size));
          at += size;
          const full = candidatePairs(claims.slice(0, at), caps);
          const matched = store.pairs().filter((p) => p.match !== null) as { a: number; b: number; match: number }[];
          expect(shape(matched)).toEqual(shape(full.pairs));
          expect(store.matched).toBe(full.pairs.length);
        }
      }),
      // This seed reaches a full pool whose key-reading order a new claim changes (without that check it fails).
      { numRuns: 300, seed: 665137435 },
    );
  });

  it('the caps bind in that property: some pair is dropped, and an add can stop comparing a stored pair', () => {
    expect(candidatePairs(CLAIMS, CAPS).byPartners).toBeGreaterThan(0);
    const store = new PairStore(CAPS);
    const removed = CLAIMS.flatMap((claim) => store.add([claim]).removed);
    expect(removed.length).toBeGreaterThan(0);
  });

  it('with the default caps, which do not bind here, every pair sharing a key is compared', () => {
    const options: CandidateOptions = { minMatch: 0, maxPartners: 40, maxPairs: 1_000_000 };
    const store = new PairStore(options);
    CLAIMS.forEach((claim) => store.add([claim]));
    expect(shape(store.pairs() as { a: number; b: number; match: number }[])).toEqual(shape(candidatePairs(CLAIMS, options).pairs));
    expect(candidatePairs(CLAIMS, options).dropped).toBe(0);
  });
});
