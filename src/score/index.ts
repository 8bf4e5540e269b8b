export { combine, bandOf } from './combine.js';
export { factorValues, type FactorValues, type SourceTable } from './factors.js';
export { DEFAULT_WEIGHTS, effectiveWeights, type ScoreWeights } from './weights.js';
