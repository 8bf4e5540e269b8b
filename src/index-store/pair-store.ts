import { pairMatch, partnersOf, readingOrder, scanCaps, type CandidateOptions, type PartnerScan } from '../match/index.js';
import type { Claim } from '../model/claim.js';

/** A pair the blocking index hands to matching: claim indices a < b, and the match (null when below the floor). */
export interface KeptPair {
  a: number;
  b: number;
  match: number | null;
}

export interface PairChanges {
  /** Pairs compared now and not before. */
  added: KeptPair[];
  /** Pairs compared before and not now: a new claim pushed them out of both sides' partner caps. */
  removed: KeptPair[];
}

const pairKey = (x: number, y: number): string => (x < y ? `${x},${y}` : `${y},${x}`);

/**
 * The pairs `candidatePairs` compares, kept up to date as claims arrive, so a new report is matched against the
 * stored claims without matching them all again. With fixed word weights a pair's match depends on the pair alone;
 * what a new claim can change is who ranks among a stored claim's capped partners. Only the claims whose partner
 * scan can read a new claim, or whose full pool depends on the order of reading keys that the new claim made more
 * common, are ranked again. The result is exactly candidatePairs' pairs over all claims (before `maxPairs`).
 */
export class PairStore {
  readonly claims: Claim[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Each claim's kept partners (at most maxPartners, so a short array). */
  private readonly top: number[][] = [];
  /** Each claim's `fullAt` from partnersOf. */
  private readonly fullAt: number[] = [];
  /** How many candidates each claim's pool holds. */
  private readonly poolSize: number[] = [];
  /** Keys each claim shares with its last kept partner (when it keeps maxPartners): the bar a new partner must pass. */
  private readonly lastCount: number[] = [];
  private readonly kept = new Map<string, KeptPair>();
  private readonly scan: PartnerScan;
  private matchedPairs = 0;

  constructor(readonly options: CandidateOptions) {
    // Ties between partners break by claim id, then by position: the order candidatePairs ranks claims in.
    this.scan = { ...scanCaps(options), tieOrder: (x, y) => byId(this.claims[x]!.id, this.claims[y]!.id) || x - y };
  }

  /** Compared pairs whose match reaches the floor. */
  get matched(): number {
    return this.matchedPairs;
  }

  /** Whether claims x and y are a compared pair whose match reaches the floor. */
  matchedPair(x: number, y: number): boolean {
    return (this.kept.get(pairKey(x, y))?.match ?? null) !== null;
  }

  /** Every compared pair. */
  pairs(): KeptPair[] {
    return [...this.kept.values()];
  }

  /** Adds claims; returns the pairs this makes compared and those it stops comparing. */
  add(claims: readonly Claim[]): PairChanges {
    const first = this.claims.length;
    const grown = new Map<string, number>();
    for (const claim of claims) {
      const i = this.claims.push(claim) - 1;
      for (const k of claim.keys) {
        const posting = this.postings.get(k) ?? this.postings.set(k, []).get(k)!;
        if (!grown.has(k)) grown.set(k, posting.length);
        posting.push(i);
      }
    }
    const affected = this.affectedBy(first, grown);
    const before = new Map<number, number[]>();
    for (const i of affected) {
      before.set(i, this.top[i] ?? []);
      const partners = partnersOf(i, this.claims, this.postings, this.scan);
      this.top[i] = partners.ranked.slice(0, this.options.maxPartners);
      this.fullAt[i] = partners.fullAt;
      this.poolSize[i] = partners.ranked.length;
      this.lastCount[i] = partners.counts[this.options.maxPartners - 1] ?? 0;
    }
    return this.redecide(before);
  }

  /** The new claims, and the stored claims whose ranked partners the new ones can change. */
  private affectedBy(first: number, grown: ReadonlyMap<string, number>): number[] {
    const affected = new Set<number>();
    for (let i = first; i < this.claims.length; i++) affected.add(i);
    const sharing = new Set<number>();
    // A new claim inside the part of a posting a scan reads is a new candidate of every holder of that key.
    const candidates = new Map<number, Map<number, number>>();
    for (const [k, oldLength] of grown) {
      const posting = this.postings.get(k)!;
      const read = Math.min(posting.length, this.scan.postingScan);
      for (let p = 0; p < oldLength; p++) {
        const i = posting[p]!;
        sharing.add(i);
        if (oldLength >= read) continue;
        const counts = candidates.get(i) ?? candidates.set(i, new Map()).get(i)!;
        for (let q = oldLength; q < read; q++) counts.set(posting[q]!, (counts.get(posting[q]!) ?? 0) + 1);
      }
    }
    for (const [i, counts] of candidates) {
      if (this.fullAt[i]! >= 0) {
        if (this.poolAdmits(i, grown)) affected.add(i);
      } else if (this.outranked(i, counts)) this.poolSize[i]! += counts.size;
      else affected.add(i);
    }
    for (const i of sharing) if (!affected.has(i) && this.fullAt[i]! >= 0 && this.orderChanged(this.claims[i]!.keys, grown, this.fullAt[i]!)) affected.add(i);
    return [...affected];
  }

  /**
   * Whether new candidates leave a stored claim's kept partners as they are: its pool never filled and still will not,
   * it keeps maxPartners already, and each newcomer shares fewer keys than the last kept partner (or as many, and
   * ranks after it by claim id).
   */
  private outranked(i: number, counts: ReadonlyMap<number, number>): boolean {
    const top = this.top[i]!;
    if (this.fullAt[i]! >= 0 || this.poolSize[i]! + counts.size > this.scan.pool || top.length < this.options.maxPartners) return false;
    const [bar, last] = [this.lastCount[i]!, top[top.length - 1]!];
    for (const [n, count] of counts) if (count > bar || (count === bar && this.scan.tieOrder(n, last) < 0)) return false;
    return true;
  }

  /**
   * Whether a claim whose pool filled at reading position `fullAt` can pool a new claim: only when the keys read before
   * that position changed order or one of them gained a claim inside its scan. A new claim met at `fullAt` or later
   * comes after every stored one in its posting, so the full pool turns it away and the ranked partners stay as they are.
   */
  private poolAdmits(i: number, grown: ReadonlyMap<string, number>): boolean {
    const keys = this.claims[i]!.keys;
    const fullAt = this.fullAt[i]!;
    if (this.orderChanged(keys, grown, fullAt)) return true;
    const order = readingOrder(keys, (k) => this.postings.get(k)!.length);
    for (let n = 0; n < fullAt; n++) {
      const oldLength = grown.get(order[n]!);
      if (oldLength !== undefined && oldLength < Math.min(this.postings.get(order[n]!)!.length, this.scan.postingScan)) return true;
    }
    return false;
  }

  /**
   * Whether a claim whose pool filled at reading position `fullAt` now reads another key at or before it, since some
   * postings grew: only the keys read until the pool filled decide who is pooled.
   */
  private orderChanged(keys: readonly string[], grown: ReadonlyMap<string, number>, fullAt: number): boolean {
    const now = readingOrder(keys, (k) => this.postings.get(k)!.length);
    const then = readingOrder(keys, (k) => grown.get(k) ?? this.postings.get(k)!.length);
    for (let n = 0; n <= fullAt; n++) if (now[n] !== then[n]) return true;
    return false;
  }

  /** Each pair an affected claim kept before or keeps now is compared when either side keeps the other. */
  private redecide(before: ReadonlyMap<number, readonly number[]>): PairChanges {
    const changes: PairChanges = { added: [], removed: [] };
    for (const [i, old] of before) {
      for (const x of new Set([...old, ...this.top[i]!])) {
        const key = pairKey(i, x);
        const keep = this.top[i]!.includes(x) || (this.top[x]?.includes(i) ?? false);
        const had = this.kept.get(key);
        if (keep && !had) {
          const [a, b] = i < x ? [i, x] : [x, i];
          const pair: KeptPair = { a, b, match: pairMatch(this.claims[a]!, this.claims[b]!, this.options) };
          this.kept.set(key, pair);
          if (pair.match !== null) this.matchedPairs++;
          changes.added.push(pair);
        } else if (!keep && had) {
          this.kept.delete(key);
          if (had.match !== null) this.matchedPairs--;
          changes.removed.push(had);
        }
      }
    }
    return changes;
  }
}

/** Plain UTF-16 order, as candidatePairs ranks claim ids. */
function byId(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
