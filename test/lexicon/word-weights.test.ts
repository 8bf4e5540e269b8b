import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordWeightModule, GLOVE_VOCABULARY, weightOfShare } from '../../scripts/build-word-weights.js';
import { stem } from '../../src/extract/keys.js';
import { VECTOR_WORDS } from '../../src/lexicon/word-vectors.js';
import { UNKNOWN_KEY_WEIGHT } from '../../src/lexicon/word-weights.js';
import { keyWeight } from '../../src/match/word-weights.js';

describe('word weights (one fixed IDF table for every entry point)', () => {
  it('the shipped table is what scripts/build-word-weights.ts derives from the shipped vocabulary', () => {
    const committed = readFileSync(new URL('../../src/lexicon/word-weights.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildWordWeightModule());
  });

  it('weighs common words low, rarer words higher and words outside the table highest', () => {
    const [the, price, refinery] = ['the', 'prices', 'refinery'].map((w) => keyWeight(stem(w)));
    expect(the).toBeLessThan(1);
    expect(price).toBeGreaterThan(the!);
    expect(refinery).toBeGreaterThan(price!);
    expect(UNKNOWN_KEY_WEIGHT).toBeGreaterThan(refinery!);
    expect(keyWeight('ostravaplantfire')).toBe(UNKNOWN_KEY_WEIGHT);
  });

  it('weighs a phrase key as its rarest word, and a stem by the summed share of its words', () => {
    expect(keyWeight('united-states')).toBe(Math.max(keyWeight(stem('united')), keyWeight(stem('states'))));
    // "attend", "attended", "attendance" share a stem: together they are commoner than "attendance" alone.
    const rank = VECTOR_WORDS.split('\n').indexOf('attendance') + 1;
    expect(rank).toBeGreaterThan(0);
    const harmonic = Math.log(GLOVE_VOCABULARY) + 0.5772156649;
    expect(keyWeight(stem('attendance'))).toBeLessThan(weightOfShare(1 / (rank * harmonic)) - 0.5);
  });

  it('is the inverse document frequency of a share: ln(1 / (1 - (1 - p)^10))', () => {
    expect(weightOfShare(0.01)).toBeCloseTo(Math.log(1 / (1 - 0.99 ** 10)), 12);
    expect(weightOfShare(1e-6)).toBeGreaterThan(weightOfShare(1e-3));
  });
});
