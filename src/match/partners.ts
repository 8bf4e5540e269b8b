import type { Claim } from '../model/claim.js';

/** Reading the blocking index for one claim: its partners (claims sharing keys), most shared first, within the scan caps. */

/** How one claim reads the blocking index: caps, and the order that breaks ties between equally good partners. */
export interface PartnerScan {
  pool: number;
  postingScan: number;
  /** Negative when claim x ranks before claim y among partners sharing as many keys (claim-id order). */
  tieOrder: (x: number, y: number) => number;
  /**
   * The tie order as positions (`rank[claim]`, and `claimAt[position]` its inverse), when it is one: partners are then
   * ranked by a numeric sort of one packed key each instead of a comparator call per comparison. Same order.
   */
  ranks?: PartnerRanks;
}

/**
 * The tie order as positions, and a tally of one count per claim, all zero between two scans: a claim's partners are
 * counted in it instead of in a Map built for every claim (partnersOf leaves it zeroed again).
 */
export interface PartnerRanks { rank: Int32Array; claimAt: Int32Array; tally: Int32Array }

export interface Partners {
  /** The claims sharing keys with the claim, most shared first, ties in `tieOrder`. */
  ranked: number[];
  /** Keys each ranked partner shares with the claim (as far as the scan read), in the same order. */
  counts: number[];
  /** Candidates never pooled: beyond a posting's scan, or arriving when the pool was full. */
  overflow: number;
  /**
   * Position, in reading order, of the key at which the pool first turned a candidate away (-1: never). Who was pooled
   * depends on the order of the keys up to there only; later keys just add to the counts of pooled partners.
   */
  fullAt: number;
}

/** The claims sharing keys with claim i, read rarest key first (by posting length, then key). */
export function partnersOf(i: number, claims: readonly Claim[], index: ReadonlyMap<string, readonly number[]>, scan: PartnerScan): Partners {
  if (scan.ranks) return partnersByRank(i, claims, index, scan, scan.ranks);
  const { pool, postingScan } = scan;
  const shared = new Map<number, number>();
  let overflow = 0;
  let fullAt = -1;
  const keys = readingOrder(claims[i]!.keys, (key) => index.get(key)!.length);
  for (let n = 0; n < keys.length; n++) {
    const k = keys[n]!;
    const posting = index.get(k)!;
    const read = Math.min(posting.length, postingScan);
    overflow += posting.length - read;
    for (let p = 0; p < read; p++) {
      const j = posting[p]!;
      if (j === i) continue;
      const count = shared.get(j);
      if (count !== undefined) shared.set(j, count + 1);
      else if (shared.size < pool) shared.set(j, 1);
      else {
        overflow++;
        if (fullAt < 0) fullAt = n;
      }
    }
  }
  const sorted = [...shared.entries()].sort((x, y) => y[1] - x[1] || scan.tieOrder(x[0], y[0]));
  return { ranked: sorted.map(([j]) => j), counts: sorted.map(([, n]) => n), overflow, fullAt };
}

/**
 * partnersOf with the tie order as positions: the same scan, each partner counted in `tally` (a pooled partner has a
 * count of at least 1, so a zero is a claim not pooled yet, as a Map miss was) and ranked by one packed key each.
 */
function partnersByRank(i: number, claims: readonly Claim[], index: ReadonlyMap<string, readonly number[]>, { pool, postingScan }: PartnerScan, ranks: PartnerRanks): Partners {
  const { tally } = ranks;
  const pooled: number[] = [];
  let overflow = 0;
  let fullAt = -1;
  const keys = claims[i]!.keys;
  // Each key's posting read once, for its length and its scan.
  const postings = keys.map((key) => index.get(key)!);
  const order = readingPositions(keys, postings.map((posting) => posting.length));
  for (let n = 0; n < order.length; n++) {
    const posting = postings[order[n]!]!;
    const read = Math.min(posting.length, postingScan);
    overflow += posting.length - read;
    for (let p = 0; p < read; p++) {
      const j = posting[p]!;
      if (j === i) continue;
      const count = tally[j]!;
      if (count > 0) tally[j] = count + 1;
      else if (pooled.length < pool) {
        tally[j] = 1;
        pooled.push(j);
      } else {
        overflow++;
        if (fullAt < 0) fullAt = n;
      }
    }
  }
  return { ...rankedByKey(pooled, ranks), overflow, fullAt };
}

/** 2^32: a packed key is position − count · 2^32, exact in a double for any count below 2^21. */
const COUNT_UNIT = 2 ** 32;

/** Partners most shared first, ties by position: one packed key per partner, sorted as numbers; their tally reset to zero. */
function rankedByKey(pooled: readonly number[], { rank, claimAt, tally }: PartnerRanks): Pick<Partners, 'ranked' | 'counts'> {
  const keys = new Float64Array(pooled.length);
  for (let k = 0; k < pooled.length; k++) {
    const j = pooled[k]!;
    keys[k] = rank[j]! - tally[j]! * COUNT_UNIT;
    tally[j] = 0;
  }
  keys.sort();
  const ranked: number[] = [];
  const counts: number[] = [];
  for (const key of keys) {
    const position = ((key % COUNT_UNIT) + COUNT_UNIT) % COUNT_UNIT;
    ranked.push(claimAt[position]!);
    counts.push((position - key) / COUNT_UNIT);
  }
  return { ranked, counts };
}

/** A claim's keys, rarest first (shortest posting list, then key): the order partnersOf reads them in. */
export function readingOrder(keys: readonly string[], postingLength: (key: string) => number): string[] {
  return readingPositions(keys, keys.map(postingLength)).map((i) => keys[i]!);
}

/** Positions of the keys in reading order, from each key's posting length (read once, not at every comparison). */
function readingPositions(keys: readonly string[], lengths: readonly number[]): number[] {
  return keys.map((_, i) => i).sort((x, y) => lengths[x]! - lengths[y]! || (keys[x]! < keys[y]! ? -1 : 1));
}
