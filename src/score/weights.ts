import defaults from './weights.json';

export interface ScoreWeights {
  bias: number;
  weights: Record<string, number>;
  bands: { medium: number; high: number };
}

/** The shipped, fitted defaults (src/score/weights.json, written by scripts/calibrate.ts). */
export const DEFAULT_WEIGHTS: ScoreWeights = { bias: defaults.bias, weights: { ...defaults.weights }, bands: { ...defaults.bands } };

/** The effective weights: defaults overridden by the caller's options. */
export function effectiveWeights(weights?: Record<string, number>, bands?: { medium: number; high: number }): ScoreWeights {
  const merged: ScoreWeights = { bias: DEFAULT_WEIGHTS.bias, weights: { ...DEFAULT_WEIGHTS.weights }, bands: bands ?? DEFAULT_WEIGHTS.bands };
  for (const [name, w] of Object.entries(weights ?? {})) {
    if (name === 'bias') merged.bias = w;
    else merged.weights[name] = w;
  }
  return merged;
}
