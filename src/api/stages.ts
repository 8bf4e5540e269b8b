import { extractDocumentClaims } from '../extract/claims.js';
import { prepareDocument } from '../ingest/prepare.js';
import { buildLexicon } from '../lexicon/index.js';
import { alignClaims as align, type ClaimAlignment } from '../relate/index.js';
import { DEFAULT_MIN_MATCH, matchScore, opposesIn } from '../match/index.js';
import { comparable, countedPairMatch, oneSetMatch } from '../match/candidates.js';
import { countedSetPairs } from '../match/counted-sets.js';
import { ClaimSchema, type Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { DocumentInput } from '../model/document.js';
import { GainsayError } from '../model/errors.js';
import type { Options, OptionsInput } from '../model/options.js';
import type { ResolvedSource } from '../model/source.js';
import { segmentDocument } from '../segment/segment.js';
import { z } from 'zod';
import { findConflicts, scorePair } from './conflicts.js';
import { resolveOptions } from './options.js';

/** Claims of one document: the extract stage alone. */
export function extractClaims(document: DocumentInput, options?: OptionsInput): Claim[] {
  const resolved = resolveOptions(options);
  const doc = prepareDocument(document, resolved);
  const context = { lexicon: buildLexicon(resolved), maxClaims: resolved.limits.maxClaimsPerDocument, ...(resolved.referenceDate ? { referenceDate: resolved.referenceDate } : {}) };
  return extractDocumentClaims(segmentDocument(doc, resolved.limits), context).claims;
}

/** Conflicts among claims already extracted (match, detect and score stages), sorted by score. */
export function detectConflicts(claims: readonly Claim[], options?: OptionsInput & { sources?: ResolvedSource[] }): Conflict[] {
  const { sources, ...rest } = options ?? {};
  const resolved = resolveOptions(rest);
  const valid = validateClaims(claims);
  return findConflicts(valid, tableOf(sources), buildLexicon(resolved), resolved).conflicts;
}

/**
 * The conflict between two claims, or null: the pair judged exactly as `analyze` judges it when its blocking index
 * hands it the pair, so null too when the two are not to be compared (one holder in one document, or matched below
 * `options.minMatch`). Pass the claims' sources to score their credibility as `analyze` does.
 */
export function compareClaims(a: Claim, b: Claim, options?: OptionsInput & { sources?: ResolvedSource[] }): Conflict | null {
  const { sources, ...rest } = options ?? {};
  const resolved = resolveOptions(rest);
  const [x, y] = validateClaims([a, b]);
  const lexicon = buildLexicon(resolved);
  // Each claim stands for its document: two counts of one set pair as in analyze (match/counted-sets.ts).
  const counts = countedSetPairs([x!, y!], lexicon)[0]?.counts;
  const match = countedPairMatch(x!, y!, { minMatch: resolved.minMatch ?? DEFAULT_MIN_MATCH, opposes: opposesIn(lexicon), lexicon }, counts);
  return match === null ? null : scorePair(x!, y!, match, tableOf(sources), lexicon, resolved, undefined, counts);
}

/** How the words, events and typed slots of two claims line up (the relate stage), with the call's aliases and opposites. */
export function alignClaims(a: Claim, b: Claim, options?: OptionsInput): ClaimAlignment {
  const [x, y] = validateClaims([a, b]);
  return align(x!, y!, buildLexicon(resolveOptions(options)));
}

/**
 * How likely two claims speak about the same event, in [0, 1]: the score `analyze` pairs claims by, with the fixed
 * word weights and the call's opposites, so it does not depend on which other claims are at hand.
 */
export function matchClaims(a: Claim, b: Claim, options?: OptionsInput): number {
  const resolved = optionsOf(options);
  const lexicon = buildLexicon(resolved);
  const minMatch = resolved.minMatch ?? DEFAULT_MIN_MATCH;
  const match = matchScore(a, b, opposesIn(lexicon), lexicon);
  // Below the floor, two counts of one set are matched with that set as their event, as analyze pairs them.
  if (match >= minMatch || !comparable(a, b) || countedSetPairs([a, b], lexicon).length === 0) return match;
  return oneSetMatch(a, b, { minMatch, opposes: opposesIn(lexicon), lexicon }) ?? match;
}

let defaults: Options | undefined;

/** Options resolved once for calls that pass none (matching runs once per pair). */
function optionsOf(options: OptionsInput | undefined): Options {
  if (options !== undefined) return resolveOptions(options);
  defaults ??= resolveOptions();
  return defaults;
}

function validateClaims(claims: readonly Claim[]): Claim[] {
  const parsed = z.array(ClaimSchema).safeParse(claims);
  if (!parsed.success) throw GainsayError.fromZod('invalid-input', parsed.error, ['claims']);
  return parsed.data;
}

function tableOf(sources: readonly ResolvedSource[] | undefined): Map<string, ResolvedSource> {
  return new Map((sources ?? []).map((s) => [s.id, s]));
}
