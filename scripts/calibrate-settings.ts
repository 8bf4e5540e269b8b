/**
 * The documented settings of scripts/calibrate.ts: what is fitted, on what, and by which rule. Data only.
 */

/** Case files: the shared sample, then every file of the project's own cases (read in name order). */
export const SAMPLE_CASES = '../shared/data/cases/sample.json';
export const FIXTURE_CASES_DIR = 'test/fixtures/cases';
export const FNC1_DIR = '../shared/data/fnc1-dev';
export const WEIGHTS_FILE = 'src/score/weights.json';

/**
 * The design's hand-set weights, before any fit. The L2 penalty pulls towards these rather than towards 0: with a
 * few hundred examples a factor the data barely informs (independence never varies in it) keeps its documented
 * weight instead of dropping out. They are constants here, not read from weights.json, so a refit never drifts.
 */
export const HAND_SET_WEIGHTS: Readonly<Record<string, number>> = {
  match: 1.0,
  strength: 1.5,
  certaintyA: 0.8,
  certaintyB: 0.8,
  credibility: 0.8,
  independence: 1.0,
};
/** Fallback cut-offs, used when no score reaches a band's precision target with enough support. */
export const HAND_SET_BANDS = { medium: 0.45, high: 0.7 } as const;

/** λ of the penalty (λ/2)·Σ(wᵢ − handSetᵢ)², against the summed log-loss of the examples. */
export const LAMBDA = 4;
/** Newton steps: far more than the fit needs to converge, fixed so every run is identical. */
export const ITERATIONS = 50;

/** Band rule: the lowest score at which precision on the training examples at or above it reaches the target. */
export const HIGH_PRECISION = 0.85;
export const MEDIUM_PRECISION = 0.6;
/** A cut-off must leave at least this many training conflicts at or above it (precision on fewer is noise). */
export const MIN_SUPPORT = 10;

/** Decimals kept in weights.json, so that two runs write byte-identical files. */
export const DECIMALS = 4;
