import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFLICT_KINDS } from '../../src/model/conflict.js';
import { combine, DEFAULT_WEIGHTS, type FactorValues } from '../../src/score/index.js';
import { FACTOR_NAMES, FIT_FACTORS, type TrainingExample } from '../../scripts/calibrate-examples.js';
import { calibrate, roundTo } from '../../scripts/calibrate-fit.js';

const shipped = JSON.parse(readFileSync(new URL('../../src/score/weights.json', import.meta.url), 'utf8')) as {
  bias: unknown;
  weights: Record<string, unknown>;
  kindPrior: Record<string, unknown>;
  bands: { medium: unknown; high: unknown };
};
const ONES: FactorValues = { match: 1, strength: 1, certaintyA: 1, certaintyB: 1, credibility: 1, independence: 1, kindPrior: 1, alignedEvent: 1, foreground: 1 };
const COMBINED_FACTORS = combine(ONES, DEFAULT_WEIGHTS).factors.map((f) => f.name);

describe('weights.json', () => {
  it('has a weight for exactly the factors combine() uses, each finite and not negative', () => {
    expect(Object.keys(shipped.weights).sort()).toEqual([...COMBINED_FACTORS].sort());
    for (const w of Object.values(shipped.weights)) {
      expect(typeof w).toBe('number');
      expect(Number.isFinite(w)).toBe(true);
      expect(w as number).toBeGreaterThanOrEqual(0);
    }
  });

  it('has a numeric bias and ordered cut-offs in [0, 1]', () => {
    expect(Number.isFinite(shipped.bias)).toBe(true);
    const { medium, high } = shipped.bands as { medium: number; high: number };
    expect(0 <= medium && medium <= high && high <= 1).toBe(true);
  });

  it('is what DEFAULT_WEIGHTS reads', () => {
    expect(DEFAULT_WEIGHTS).toEqual({ bias: shipped.bias, weights: shipped.weights, kindPrior: shipped.kindPrior, bands: shipped.bands });
  });

  it('has a kind prior in (0, 1] for every conflict kind, 1 for at least one, entered with weight 1', () => {
    expect(Object.keys(shipped.kindPrior).sort()).toEqual([...CONFLICT_KINDS].sort());
    for (const v of Object.values(shipped.kindPrior)) expect((v as number) > 0 && (v as number) <= 1).toBe(true);
    expect(Object.values(shipped.kindPrior)).toContain(1);
    expect(shipped.weights.kindPrior).toBe(1);
  });

  it('names the factors in the order calibrate fits them', () => {
    expect(FACTOR_NAMES).toEqual(COMBINED_FACTORS);
  });
});

/** 24 case conflicts: real ones clash clearly (strength 0.9), the rest weakly (0.3); otherwise alike. */
function syntheticExamples(): TrainingExample[] {
  return Array.from({ length: 24 }, (_, i) => {
    const label = (i % 3 === 0 ? 0 : 1) as 0 | 1;
    const values: Record<string, number> = { ...ONES, strength: label ? 0.9 : 0.3, match: 0.5 + (i % 4) / 10 };
    const kind = i % 2 === 0 ? 'numeric' : 'temporal';
    return { set: 'cases', where: `c${i}`, group: `c${i}`, unit: null, kind, values, logs: FIT_FACTORS.map((n) => Math.log(values[n]!)), label };
  });
}

describe('calibrate (the fit behind weights.json)', () => {
  const examples = syntheticExamples();
  const fit = calibrate(examples);

  it('is deterministic', () => {
    expect(calibrate(syntheticExamples())).toEqual(fit);
  });

  it('gives the clearly separating factor a larger weight than the hand-set 1.5, keeps every weight ≥ 0, rounds to 4 decimals', () => {
    expect(fit.weights.weights.strength!).toBeGreaterThan(1.5);
    for (const w of [fit.weights.bias, ...Object.values(fit.weights.weights)]) {
      expect(w).toBe(roundTo(w));
    }
    for (const w of Object.values(fit.weights.weights)) expect(w).toBeGreaterThanOrEqual(0);
  });

  // The bands are chances of the fitted score: medium from 0.5, high from 0.8. With a clearly separating factor the
  // 16 real conflicts score high and the 8 others score below medium.
  it('reads the bands as chances of the fitted score', () => {
    expect(fit.weights.bands).toEqual({ medium: 0.5, high: 0.8 });
    expect(fit.reliability.all).toEqual({
      high: { conflicts: 16, real: 16, share: 1 },
      medium: { conflicts: 0, real: 0, share: null },
      low: { conflicts: 8, real: 0, share: 0 },
    });
    expect(fit.reliability.cases).toEqual(fit.reliability.all);
  });
});
