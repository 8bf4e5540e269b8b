export {
  buildIndex,
  candidatePairs,
  comparable,
  pairMatch,
  partnersOf,
  readingOrder,
  scanCaps,
  type CandidateOptions,
  type CandidatePair,
  type CandidateRun,
  type PartnerScan,
  type Partners,
} from './candidates.js';
export { DEFAULT_MIN_MATCH, matchScore, opposesIn, type Opposes } from './similarity.js';
export { keyWeight, type KeyWeight } from './word-weights.js';
