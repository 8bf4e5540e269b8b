export { candidatePairs, comparable, type CandidatePair, type CandidateOptions } from './candidates.js';
export { matchScore, buildIdf, eventStems, DEFAULT_MIN_MATCH, MATCH_WEIGHTS, type Idf } from './similarity.js';
