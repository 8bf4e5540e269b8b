import defaults from './weights.json';

export interface ScoreWeights {
  bias: number;
  weights: Record<string, number>;
  /**
   * Per conflict kind, how often a clash of that kind proves real relative to the kind that proves real most
   * often, in (0, 1]: the fitted kind term of the judge, entered as the factor `kindPrior` (its log is the term).
   */
  kindPrior: Record<string, number>;
  bands: { medium: number; high: number };
}

/** The shipped, fitted defaults (src/score/weights.json, written by scripts/calibrate.ts). */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  bias: defaults.bias,
  weights: { ...defaults.weights },
  kindPrior: { ...defaults.kindPrior },
  bands: { ...defaults.bands },
};

/** The effective weights: defaults overridden by the caller's options. */
export function effectiveWeights(weights?: Record<string, number>, bands?: { medium: number; high: number }): ScoreWeights {
  const merged: ScoreWeights = {
    bias: DEFAULT_WEIGHTS.bias,
    weights: { ...DEFAULT_WEIGHTS.weights },
    kindPrior: { ...DEFAULT_WEIGHTS.kindPrior },
    bands: bands ?? DEFAULT_WEIGHTS.bands,
  };
  for (const [name, w] of Object.entries(weights ?? {})) {
    if (name === 'bias') merged.bias = w;
    else merged.weights[name] = w;
  }
  return merged;
}
