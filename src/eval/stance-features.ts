import type { Claim, CertaintyLevel, ReportingStance } from '../model/claim.js';
import { GainsayError } from '../model/errors.js';
import type { OptionsInput } from '../model/options.js';
import { DEFAULT_MIN_MATCH } from '../match/similarity.js';
import { LIBRARY_PIPELINE, type CompareClaimsFn, type MatchClaimsFn } from './pipeline.js';
import { refutationsNear, textProfile, type TextProfile } from './stance-text.js';

/**
 * The named signals the FNC-1 stance model weighs (DESIGN.md's mapping, made graded): how much of the headline the
 * body covers, whether its claims match the headline's and how firmly they are held, whether a matched pair
 * conflicts, and how much the body hedges, negates or calls something false. Their weights are fitted by
 * `npm run calibrate` (scripts/calibrate-stance.ts) and ship in stance-model.json.
 */
export const STANCE_FEATURES = [
  'coverage',
  'leadCoverage',
  'keyCoverage',
  'nameCoverage',
  'bestMatch',
  'matchedClaims',
  'firmShare',
  'negatedShare',
  'conflict',
  'opposingConflict',
  'headlineNegated',
  'headlineHedged',
  'headlineRefutation',
  'refutation',
  'leadRefutation',
  'topicalRefutation',
  'negators',
  'hedges',
  'bodyNegated',
  'bodyFirm',
] as const;
export type StanceFeature = (typeof STANCE_FEATURES)[number];
export type StanceFeatures = Record<StanceFeature, number>;

/** A headline or body as the stance model reads it: its claims and its raw words. */
export interface StanceSide {
  claims: readonly Claim[];
  profile: TextProfile;
}

/** A side from its text and the claims gainsay extracted from it (claims are taken as given, not re-validated). */
export function stanceSide(text: string, claims: readonly Claim[]): StanceSide {
  if (typeof text !== 'string') throw new GainsayError('invalid-input', [{ path: ['text'], message: `expected a string, got ${typeof text}` }]);
  if (!Array.isArray(claims)) throw new GainsayError('invalid-input', [{ path: ['claims'], message: 'expected an array of claims' }]);
  return { claims, profile: textProfile(text) };
}

export interface StanceFeatureOptions {
  /** gainsay's own by default */
  matchClaims?: MatchClaimsFn;
  /** gainsay's own by default */
  compareClaims?: CompareClaimsFn;
  /** Passed to matchClaims and compareClaims; its minMatch sets which body claims count as matched. */
  analyzeOptions?: OptionsInput;
}

/** Levels and reporting stances that assert rather than attribute or hedge. */
const FIRM_LEVELS: ReadonlySet<CertaintyLevel> = new Set(['asserted', 'confirmed']);
const FIRM_STANCES: ReadonlySet<ReportingStance> = new Set(['asserted', 'confirmed']);
const OPPOSING_KINDS: ReadonlySet<string> = new Set(['polarity', 'opposition', 'status']);
const PER_HUNDRED = 100;

function isFirm(claim: Claim): boolean {
  return FIRM_LEVELS.has(claim.certainty.level) && FIRM_STANCES.has(claim.attribution.stance);
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

/** Share of the headline's keys that occur among the body claims' keys. */
export function keyCoverage(headlineClaims: readonly Claim[], bodyClaims: readonly Claim[]): number {
  const headline = new Set(headlineClaims.flatMap((c) => c.keys));
  const body = new Set(bodyClaims.flatMap((c) => c.keys));
  return share([...headline], (k) => body.has(k));
}

interface ClaimEvidence {
  bestMatch: number;
  matched: Claim[];
  conflict: number;
  opposingConflict: number;
}

/** Every headline claim against every body claim: the best match, the matched body claims, the strongest conflicts. */
function claimEvidence(headline: readonly Claim[], body: readonly Claim[], options: StanceFeatureOptions): ClaimEvidence {
  const match = options.matchClaims ?? LIBRARY_PIPELINE.matchClaims;
  const compare = options.compareClaims ?? LIBRARY_PIPELINE.compareClaims;
  const minMatch = options.analyzeOptions?.minMatch ?? DEFAULT_MIN_MATCH;
  const out: ClaimEvidence = { bestMatch: 0, matched: [], conflict: 0, opposingConflict: 0 };
  const matched = new Set<Claim>();
  for (const h of headline) {
    for (const b of body) {
      const m = match(h, b, options.analyzeOptions);
      out.bestMatch = Math.max(out.bestMatch, m);
      if (m < minMatch) continue;
      matched.add(b);
      const conflict = compare(h, b, options.analyzeOptions);
      if (!conflict) continue;
      out.conflict = Math.max(out.conflict, conflict.score);
      if (OPPOSING_KINDS.has(conflict.kind)) out.opposingConflict = Math.max(out.opposingConflict, conflict.score);
    }
  }
  out.matched = [...matched];
  return out;
}

/** The named features of one headline–body pair. */
export function stanceFeatures(headline: StanceSide, body: StanceSide, options: StanceFeatureOptions = {}): StanceFeatures {
  const evidence = claimEvidence(headline.claims, body.claims, options);
  const h = headline.profile;
  const b = body.profile;
  return {
    coverage: share(h.stems, (s) => b.stemSet.has(s)),
    leadCoverage: share(h.stems, (s) => b.leadStems.has(s)),
    keyCoverage: keyCoverage(headline.claims, body.claims),
    nameCoverage: share(h.names, (s) => b.stemSet.has(s)),
    bestMatch: evidence.bestMatch,
    matchedClaims: Math.log1p(evidence.matched.length),
    firmShare: share(evidence.matched, isFirm),
    negatedShare: share(evidence.matched, (c) => c.proposition.state !== 'affirmed'),
    conflict: evidence.conflict,
    opposingConflict: evidence.opposingConflict,
    headlineNegated: headline.claims.some((c) => c.proposition.state !== 'affirmed') ? 1 : 0,
    headlineHedged: headline.claims.some((c) => !FIRM_LEVELS.has(c.certainty.level)) ? 1 : 0,
    headlineRefutation: h.refutations > 0 ? 1 : 0,
    refutation: Math.log1p(b.refutations),
    leadRefutation: Math.log1p(b.leadRefutations),
    topicalRefutation: Math.log1p(refutationsNear(b, h.stemSet)),
    negators: (PER_HUNDRED * b.negators) / Math.max(1, b.words),
    hedges: Math.log1p(b.hedges),
    bodyNegated: share(body.claims, (c) => c.proposition.state !== 'affirmed'),
    bodyFirm: share(body.claims, (c) => FIRM_LEVELS.has(c.certainty.level)),
  };
}
