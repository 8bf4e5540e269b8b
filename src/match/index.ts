export { candidatePairs, pairMatch, scanCaps, type CandidateOptions } from './candidates.js';
export { partnersOf, readingOrder, type PartnerScan } from './partners.js';
export { DEFAULT_MIN_MATCH, matchScore, opposesIn } from './similarity.js';
