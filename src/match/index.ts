export { candidatePairs, comparable } from './candidates.js';
export { matchScore, buildIdf, DEFAULT_MIN_MATCH, type Idf } from './similarity.js';
