export { candidatePairs, pairMatch, partnersOf, readingOrder, scanCaps, type CandidateOptions, type PartnerScan } from './candidates.js';
export { DEFAULT_MIN_MATCH, matchScore, opposesIn } from './similarity.js';
