export { candidatePairs } from './candidates.js';
export { DEFAULT_MIN_MATCH } from './similarity.js';
