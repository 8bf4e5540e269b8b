import type { Claim } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { buildLexicon } from '../lexicon/index.js';
import { DEFAULT_MIN_MATCH, matchScore, type Opposes } from './similarity.js';
import { leadsOfOneStory } from '../relate/lead-events.js';
import { tellerPairs } from './teller-pairs.js';
import { deciderPairs } from './decider-pairs.js';
import { outcomePairs, undecidedPairs } from './story-pairs.js';
import { outcomeDenied } from '../detect/outcome-denials.js';
import { openMatterDecided } from '../detect/open-decision.js';
import { deciderHit } from '../detect/deciders.js';
import { winnersOfOnePrize } from '../detect/prize-winners.js';
import { countedSetPairs, type CountAt } from './counted-sets.js';
import { quotePairs, quotesOfOneRemark } from './quote-pairs.js';
import { partnersOf, type PartnerScan } from './partners.js';

export interface CandidatePair {
  a: number;
  b: number;
  match: number;
  /** The two counts of one set that paired the claims (match/counted-sets.ts). */
  countedSet?: CountAt[];
}

export interface CandidateOptions {
  minMatch: number;
  /** Most partners compared per claim: keeps the number of pairs linear in the number of claims. */
  maxPartners: number;
  /** Overall cap; excess pairs are dropped (lowest match first) and reported as truncated. */
  maxPairs: number;
  /** Whether two predicate lemmas oppose each other (from the lexicon). */
  opposes?: Opposes;
  /** The call's lexicon (default the shipped one): process tables and the event relation matching reads. */
  lexicon?: Lexicon;
  /** Entries of one posting list read per claim (default MAX_POSTING_SCAN). */
  postingScan?: number;
  /** A claim pools at most this many × maxPartners candidates before ranking them (default POOL_FACTOR). */
  poolFactor?: number;
}

export interface CandidateRun {
  pairs: CandidatePair[];
  /** Every pair left uncompared: `byPartners` plus `byPairs`. */
  dropped: number;
  /** Pairs sharing keys that neither side kept among its `maxPartners` (or that a capped index scan never read). */
  byPartners: number;
  /** Compared pairs over `maxPairs`, dropped lowest match first. */
  byPairs: number;
}

/** A claim gathers at most this many partners × maxPartners candidates before ranking them. */
const POOL_FACTOR = 4;
/** Entries of one posting list read per claim: a key every claim shares cannot make the index quadratic. */
const MAX_POSTING_SCAN = 256;


/** Scan caps from the options, with their defaults. */
export function scanCaps(options: Pick<CandidateOptions, 'maxPartners' | 'postingScan' | 'poolFactor'>): { pool: number; postingScan: number } {
  return { pool: options.maxPartners * (options.poolFactor ?? POOL_FACTOR), postingScan: options.postingScan ?? MAX_POSTING_SCAN };
}

/**
 * Pairs of claims to compare, from an inverted index over their keys (blocking), never from all pairs. Each claim
 * reads its rarest keys first, ranks the claims it shares most keys with (ties by claim id, so the input order does
 * not matter) and keeps the top `maxPartners`; a pair is compared when either side keeps the other. Whatever the
 * caps leave uncompared is counted in `dropped`, never lost silently. Two claims of one document are paired only when
 * different holders assert them ("some reports … other accounts …"); a writer repeating itself is no conflict.
 */
export function candidatePairs(claims: readonly Claim[], options: CandidateOptions): CandidateRun {
  const index = buildIndex(claims);
  const rank = idRanks(claims);
  const claimAt = new Int32Array(rank.length);
  rank.forEach((position, claim) => (claimAt[position] = claim));
  const scan: PartnerScan = { ...scanCaps(options), tieOrder: (x, y) => rank[x]! - rank[y]!, ranks: { rank, claimAt, tally: new Int32Array(rank.length) } };
  // A pair (a < b) as one number, a·n + b: exact below 2^53, so up to about 94 million claims.
  const n = claims.length;
  const seen = new Set<number>();
  const pairs: CandidatePair[] = [];
  let unread = 0;
  // Pair keys some side left beyond its cap, repeats included: a flat list, counted once at the end (a Set of
  // every such pair grew to millions of entries on large calls and cost more than the scan itself).
  const beyondCap: number[] = [];
  for (let i = 0; i < n; i++) {
    const { ranked, overflow } = partnersOf(i, claims, index, scan);
    unread += overflow;
    // A pair one side leaves beyond its cap is still compared when the other side keeps it: counted at the end.
    for (let r = options.maxPartners; r < ranked.length; r++) {
      const j = ranked[r]!;
      beyondCap.push(i < j ? i * n + j : j * n + i);
    }
    for (let r = 0; r < Math.min(options.maxPartners, ranked.length); r++) {
      const j = ranked[r]!;
      const a = i < j ? i : j;
      const b = i < j ? j : i;
      const key = a * n + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const match = pairMatch(claims[a]!, claims[b]!, options);
      if (match !== null) pairs.push({ a, b, match });
    }
  }
  const lexicon = options.lexicon ?? buildLexicon();
  for (const [a, b] of tellerPairs(claims, lexicon.aliases)) {
    if (seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    const match = pairMatch(claims[a]!, claims[b]!, options);
    if (match !== null) pairs.push({ a, b, match });
  }
  for (const [a, b] of [...quotePairs(claims, lexicon), ...deciderPairs(claims, lexicon), ...undecidedPairs(claims, lexicon), ...outcomePairs(claims)]) {
    if (seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    const match = pairMatch(claims[a]!, claims[b]!, options);
    if (match !== null) pairs.push({ a, b, match });
  }
  addCountedSets(claims, options, seen, pairs);
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  const byPartners = unread + uncompared(beyondCap, seen);
  if (pairs.length <= options.maxPairs) return { pairs, dropped: byPartners, byPartners, byPairs: 0 };
  const byId = (p: CandidatePair) => `${claims[p.a]!.id}\u0000${claims[p.b]!.id}`;
  const kept = [...pairs].sort((x, y) => y.match - x.match || (byId(x) < byId(y) ? -1 : 1)).slice(0, options.maxPairs);
  const byPairs = pairs.length - kept.length;
  return { pairs: kept.sort((x, y) => x.a - y.a || x.b - y.b), dropped: byPartners + byPairs, byPartners, byPairs };
}

/**
 * Pairs counting one set with two verbs (counted-sets.ts), among those the blocking index read (`seen`): a pair already
 * kept carries its two counts; another is kept with its match read with the one set as its event (countedPairMatch).
 */
function addCountedSets(claims: readonly Claim[], options: CandidateOptions, seen: Set<number>, pairs: CandidatePair[]): void {
  const lexicon = options.lexicon ?? buildLexicon();
  const n = claims.length;
  const counted = countedSetPairs(claims, lexicon);
  if (counted.length === 0) return;
  // Kept pairs by pair key, each pair once (the index and the side scans mark `seen` before they keep one): a look-up
  // per counted pair instead of a scan of every kept pair; a pair kept here is added too, as the scan would find it.
  const kept = new Map(pairs.map((p) => [p.a * n + p.b, p]));
  for (const { a, b, counts } of counted) {
    const known = kept.get(a * n + b);
    if (known) known.countedSet = counts;
    if (known || !seen.has(a * n + b)) continue;
    const match = countedPairMatch(claims[a]!, claims[b]!, { ...options, lexicon }, counts);
    if (match === null) continue;
    const pair: CandidatePair = { a, b, match, countedSet: counts };
    pairs.push(pair);
    kept.set(a * n + b, pair);
  }
}

/** Distinct pair keys of `keys` that were never compared: the compared ones left out before the sort that finds repeats. */
function uncompared(keys: readonly number[], seen: ReadonlySet<number>): number {
  const sorted = Float64Array.from(keys.filter((key) => !seen.has(key))).sort();
  let count = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) count++;
  return count;
}

/** Each claim's position in claim-id order: ties between partners break by id, whatever the input order. */
function idRanks(claims: readonly Claim[]): Int32Array {
  const order = claims.map((c, i) => i).sort((x, y) => (claims[x]!.id < claims[y]!.id ? -1 : claims[x]!.id > claims[y]!.id ? 1 : 0));
  const rank = new Int32Array(claims.length);
  order.forEach((claim, position) => (rank[claim] = position));
  return rank;
}

/** Key → the claims holding it, in claim order: the blocking index. */
function buildIndex(claims: readonly Claim[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const k of c.keys) {
      const posting = index.get(k);
      if (posting) posting.push(i);
      else index.set(k, [i]);
    }
  });
  return index;
}


/**
 * The match of two claims when they are to be compared, else null: from different holders (`comparable`) and matched
 * at least `minMatch`. The one pairing rule of every entry point; the blocking index only decides which pairs it sees.
 */
export function pairMatch(a: Claim, b: Claim, options: Pick<CandidateOptions, 'minMatch' | 'opposes' | 'lexicon'>): number | null {
  if (!comparable(a, b)) return null;
  const match = matchScore(a, b, options.opposes, options.lexicon, options.minMatch);
  if (match >= options.minMatch) return match;
  // Two reports' leads on one participant tell one event in their own words, two wordings of one speaker's remark
  // are one remark, a choice and an order of one act name who made the call, and two tellings of who won one prize
  // ("won the gold medal" / "the gold medal went to") name its winner: compared at the default floor.
  const lexicon = options.lexicon ?? buildLexicon();
  const oneEvent = leadsOfOneStory(a, b, lexicon) || quotesOfOneRemark(a, b, lexicon) || deciderHit(a, b, lexicon) !== null || winnersOfOnePrize(a, b) || openMatterDecided(a, b, lexicon) !== null || outcomeDenied(a, b);
  return options.minMatch <= DEFAULT_MIN_MATCH && oneEvent ? options.minMatch : null;
}

/**
 * The match a pair is scored with when it counts one set (`counts`, match/counted-sets.ts): its own match, or below the
 * floor the match with that one set as its event (unless the caller raised the floor above the default and it falls
 * short). The rule analyze, ConflictIndex, compareClaims and checkDraft share.
 */
export function countedPairMatch(a: Claim, b: Claim, options: Pick<CandidateOptions, 'minMatch' | 'opposes' | 'lexicon'>, counts: readonly CountAt[] | undefined): number | null {
  const match = pairMatch(a, b, options);
  if (match !== null || counts === undefined || !comparable(a, b)) return match;
  return oneSetMatch(a, b, options);
}

/**
 * The match of two comparable claims below the floor that count one set, read with that set as their event. The
 * route's own conditions (one count per document, a shared anchor) stand for the default floor; a floor the caller
 * raised above it still holds (null).
 */
export function oneSetMatch(a: Claim, b: Claim, options: Pick<CandidateOptions, 'minMatch' | 'opposes' | 'lexicon'>): number | null {
  const oneSet = matchScore(a, b, options.opposes, options.lexicon ?? buildLexicon(), undefined, true);
  return options.minMatch > DEFAULT_MIN_MATCH && oneSet < options.minMatch ? null : oneSet;
}

export function comparable(a: Claim, b: Claim): boolean {
  if (a.documentId !== b.documentId) return true;
  // What a relative clause, participle or appositive takes as known is the document's background, not one of the
  // voices it contrasts: it is set against other reports only.
  if (a.background !== undefined || b.background !== undefined) return false;
  const ha = a.attribution;
  const hb = b.attribution;
  // The writer's own voice against an attributed claim is two sources ("X will attend. X will not attend, officials said.").
  if (ha.holderKind === 'author' && hb.holderKind === 'author') return false;
  // One holder spelt alike needs no lower-casing (two new strings on every same-document pair).
  return ha.holder !== hb.holder && ha.holder.toLowerCase() !== hb.holder.toLowerCase();
}
