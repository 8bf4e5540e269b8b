import type { Claim } from '../model/claim.js';

/**
 * A reading of one claim, made once per claim object: claims are immutable values, and every candidate pair a claim
 * is in asks for the same reading again (a WeakMap, so nothing outlives the claims of a call).
 */
export function perClaim<T>(read: (c: Claim) => T): (c: Claim) => T {
  const memo = new WeakMap<Claim, T | typeof NOTHING>();
  return (c) => {
    const known = memo.get(c);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const found = read(c);
    memo.set(c, found === undefined ? NOTHING : found);
    return found;
  };
}

/** Stands for a reading of undefined (most claims have no award, no frame …), so a hit is one look-up, not get and has. */
const NOTHING: unique symbol = Symbol('nothing');

/** perClaim for a reading that also depends on the call's lexicon (or any other object of the call): once per pair of the two. */
export function perClaimWith<L extends object, T>(read: (c: Claim, with_: L) => T): (c: Claim, with_: L) => T {
  const memo = new WeakMap<L, (c: Claim) => T>();
  return (c, with_) => {
    let ofClaim = memo.get(with_);
    if (!ofClaim) memo.set(with_, (ofClaim = perClaim((claim) => read(claim, with_))));
    return ofClaim(c);
  };
}
