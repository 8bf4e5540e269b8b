/**
 * gainsay/eval: measure a pipeline (gainsay's own by default) on conflict cases and on FNC-1 stance pairs.
 * readFnc1 (node:fs) is left out: parseFnc1 takes the two CSV texts.
 */
export { evaluateCases, type EvaluateCasesOptions } from './evaluate-cases.js';
export { evaluateStance, type EvaluateStanceOptions, type StanceRun } from './evaluate-stance.js';
export { evaluatePairs, type EvaluatePairsOptions, type PairEvaluation, type PairKindTally, type PairRates, type PairWrongKind } from './evaluate-pairs.js';
export { parsePairsJsonl, loadPairs, PAIR_LABELS, type LabelledPair, type LabelledPairInput, type PairLabel } from './pairs-file.js';
export { explainStance, predictStance, type PredictStanceOptions, type StancePrediction } from './predict-stance.js';
export { stanceSide, type StanceFeature, type StanceFeatureOptions, type StanceFeatures, type StanceSide } from './stance-features.js';
export { parseFnc1 } from './fnc1-parse.js';
export { loadCaseFile, CaseFileSchema, type Case, type CaseDocument, type CaseFile, type CaseSide, type CaseSource, type ExpectedConflict } from './case-file.js';
export { STANCES, type Stance, type StancePair } from './stance.js';
export { type StanceDecision, type StanceModel } from './stance-model.js';
export { STANCE_MODEL } from './stance-shipped.js';
export type { StanceEvaluation, Confusion } from './fnc1-score.js';
export type { CaseEvaluation, FalseAlarm, KindTally, Miss, WrongKind } from './score-cases.js';
export type { TextProfile, ProfileWord } from './stance-text.js';
export type { EvalPipeline, AnalyzeFn, ExtractClaimsFn, CompareClaimsFn, MatchClaimsFn } from './pipeline.js';
