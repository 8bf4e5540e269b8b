// The evaluation harness. readFnc1 (node:fs) is left out so the package entry stays browser-safe.
export * from './case-file.js';
export { REPORTED_BANDS, type ClaimLocation, type QuoteLocation } from './case-pairing.js';
export * from './score-cases.js';
export * from './evaluate-cases.js';
export * from './stance.js';
export * from './fnc1-parse.js';
export * from './fnc1-score.js';
export * from './stance-features.js';
export * from './stance-text.js';
export * from './stance-model.js';
export * from './predict-stance.js';
export * from './evaluate-stance.js';
export * from './predictions-csv.js';
export * from './pipeline.js';
export * from './pairs-file.js';
export * from './evaluate-pairs.js';
