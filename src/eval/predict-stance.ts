import type { Claim } from '../model/claim.js';
import type { OptionsInput } from '../model/options.js';
import { LIBRARY_PIPELINE, type CompareClaimsFn, type MatchClaimsFn } from './pipeline.js';
import type { Stance } from './stance.js';
import { STANCE_THRESHOLDS, type StanceThresholds } from './stance-thresholds.js';

export interface PredictStanceOptions {
  /** gainsay's own by default */
  matchClaims?: MatchClaimsFn;
  /** gainsay's own by default */
  compareClaims?: CompareClaimsFn;
  /** Passed to matchClaims and compareClaims; its minMatch, when set, overrides thresholds.minMatch. */
  analyzeOptions?: OptionsInput;
  thresholds?: StanceThresholds;
}

interface MatchedPair {
  headline: Claim;
  body: Claim;
}

/** Each headline claim with every body claim that matches it at or above the cut-off. */
function matchedPairs(headlineClaims: Claim[], bodyClaims: Claim[], minMatch: number, options: PredictStanceOptions): MatchedPair[] {
  const match = options.matchClaims ?? LIBRARY_PIPELINE.matchClaims;
  const pairs: MatchedPair[] = [];
  for (const headline of headlineClaims) {
    for (const body of bodyClaims) {
      if (match(headline, body, options.analyzeOptions) >= minMatch) pairs.push({ headline, body });
    }
  }
  return pairs;
}

/** Share of the headline's keys that occur among the body's keys. */
export function keyCoverage(headlineClaims: Claim[], bodyClaims: Claim[]): number {
  const headline = new Set(headlineClaims.flatMap((c) => c.keys));
  if (headline.size === 0) return 0;
  const body = new Set(bodyClaims.flatMap((c) => c.keys));
  let found = 0;
  for (const k of headline) if (body.has(k)) found++;
  return found / headline.size;
}

function isFirm(claim: Claim, thresholds: StanceThresholds): boolean {
  return thresholds.firmLevels.includes(claim.certainty.level) && thresholds.firmStances.includes(claim.attribution.stance);
}

/**
 * The stance of a body towards a headline (DESIGN.md): no matched claim → unrelated; a conflict in a
 * disagreeing band on a matched pair → disagree; matched claims mostly firm → agree; else discuss.
 */
export function predictStance(headlineClaims: Claim[], bodyClaims: Claim[], options: PredictStanceOptions = {}): Stance {
  const thresholds = options.thresholds ?? STANCE_THRESHOLDS;
  const minMatch = options.analyzeOptions?.minMatch ?? thresholds.minMatch;
  const pairs = matchedPairs(headlineClaims, bodyClaims, minMatch, options);
  // A body can speak of the headline's event across several sentences without one claim matching it whole.
  if (pairs.length === 0) return keyCoverage(headlineClaims, bodyClaims) >= thresholds.relatedCoverage ? 'discuss' : 'unrelated';
  const compare = options.compareClaims ?? LIBRARY_PIPELINE.compareClaims;
  const disagrees = pairs.some(({ headline, body }) => {
    const conflict = compare(headline, body, options.analyzeOptions);
    return conflict !== null && thresholds.disagreeBands.includes(conflict.band);
  });
  if (disagrees) return 'disagree';
  const matchedBody = [...new Set(pairs.map((pair) => pair.body))];
  const firm = matchedBody.filter((claim) => isFirm(claim, thresholds)).length;
  return firm / matchedBody.length >= thresholds.agreeShare ? 'agree' : 'discuss';
}
