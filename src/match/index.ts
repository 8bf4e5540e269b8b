export { candidatePairs, comparable, pairMatch, type CandidateOptions, type CandidatePair, type CandidateRun } from './candidates.js';
export { DEFAULT_MIN_MATCH, matchScore, opposesIn, type Opposes } from './similarity.js';
export { keyWeight, type KeyWeight } from './word-weights.js';
