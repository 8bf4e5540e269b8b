/**
 * The documented settings of scripts/calibrate.ts: what is fitted, on what, and by which rule. Data only.
 */

/** Case files: the shared sample, then every file of the project's own cases (read in name order). */
export const SAMPLE_CASES = '../shared/data/cases/sample.json';
export const FIXTURE_CASES_DIR = 'test/fixtures/cases';
/** The real-story development set (issue 15): FNC-1 dev bodies annotated before any run. */
export const STORY_CASES = 'test/fixtures/stories/cases.json';
export const FNC1_DIR = '../shared/data/fnc1-dev';
/** Emergent's training split in FNC-1 layout, fitted on by the stance model beside FNC-1 (scripts/calibrate-stance.ts). */
export const EMERGENT_DIR = '../shared/data/emergent-train';
export const RTE3_FILE = '../shared/data/rte3-dev/pairs.jsonl';
/**
 * Whether the judge fits a term per conflict kind (shipped as the factor kindPrior). Off: fitted on these sets it
 * learned that actor, location and numeric alerts are mostly false on real stories and FNC-1, and shipping that cost
 * the hand-built cases recall (sample 0.50 → 0.45, own 0.41 → 0.38), a guard of the judge issue. Until the features
 * tell a real actor or numeric clash from a false one, every kind keeps the term 1.
 */
export const FIT_KIND_TERM = false;
/**
 * The sets the judge's weights are fitted on: the hand-built cases and FNC-1 headline/body conflicts, as before.
 * RTE-3 dev, Emergent train and the real stories are scored (in-sample and in the cross-validation printout) but not
 * fitted on: fitted together (each with its own base-rate offset) they pulled the shipped intercept so far that the
 * hand-built cases lost most of their recall (sample 0.50 → 0.09), which the judge issue's guards forbid.
 */
export const JUDGE_FIT_SETS: readonly string[] = ['cases', 'fnc1'];
/** Folds for the judge's cross-validated numbers (by case, FNC-1 body, RTE-3 premise, Emergent claim). */
export const JUDGE_FOLDS = 5;
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
  alignedEvent: 1.0,
  foreground: 1.0,
};

/** λ of the penalty (λ/2)·Σ(wᵢ − handSetᵢ)², against the summed log-loss of the examples. */
export const LAMBDA = 4;
/** Newton steps: far more than the fit needs to converge, fixed so every run is identical. */
export const ITERATIONS = 50;

/**
 * Band cut-offs. The fitted score σ(bias + Σ w ln f) estimates the chance that a conflict is real (on case-like
 * data: the FNC-1 base rate is a separate offset that does not ship), so the bands are read as chances, not
 * searched for: medium when the fit says a conflict is more likely real than not, high at four in five.
 * (An earlier rule chose the cut-offs where precision on all training conflicts reached 60% / 85%; FNC-1's
 * headline–body conflicts dominate that set and pushed medium to 0.71, halving case recall.)
 */
export const BANDS = { medium: 0.5, high: 0.8 } as const;

/** Decimals kept in weights.json, so that two runs write byte-identical files. */
export const DECIMALS = 4;

/** The FNC-1 stance model (scripts/calibrate-stance.ts). */
export const STANCE_MODEL_FILE = 'src/eval/stance-model.json';
/** The stance model's lexical part for headline-length bodies (scripts/calibrate-stance-lexical.ts). */
export const STANCE_LEXICAL_FILE = 'src/eval/stance-lexical.json';
/** λ of the penalty (λ/2)·Σw² on the feature weights (not the intercepts), against the summed log-loss of ~14,600 pairs. */
export const STANCE_LAMBDA = 1;
/** Newton steps: the fit converges in under 15; fixed so every run is identical. */
export const STANCE_ITERATIONS = 25;
/** Folds (FNC-1 by body, Emergent by claim) for the cross-validated scores the script prints. */
export const STANCE_FOLDS = 5;
export const STANCE_DECISION = 'fnc-score' as const;
/** Candidates for the balance exponent of the decision rules, and how much FNC-1 relative score may be given for a better mean macro-F1. */
export const STANCE_BALANCES: readonly number[] = [0, 0.25, 0.5, 0.75, 1];
export const STANCE_RELATIVE_TOLERANCE = 0.005;
export const STANCE_DECIMALS = 5;
