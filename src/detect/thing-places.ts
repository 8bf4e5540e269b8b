import type { Claim, Place } from '../model/claim.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';

/**
 * A place phrase that postmodifies the noun phrase a claim is about, before its verb (Quirk et al. 1985, § 17.36:
 * "the ferry terminal in Lyon is closed"): the place tells which thing, not where an act happened.
 */
const POSTMODIFYING = /^\s+(?:in|at|near|outside|of)\s+(?:the\s+)?$/i;

/** The places that name which thing the claim's subject or fronted theme is ("the ferry terminal in Lyon"). */
export function placesOfTheThing(claim: Claim): Place[] {
  const { actor, theme, predicate } = claim.proposition;
  if (predicate === undefined) return [];
  const heads = [actor, theme].filter((p) => p !== undefined && p.span.end <= predicate.span.start);
  return claim.places.filter((place) =>
    place.span.end <= predicate.span.start &&
    heads.some((head) => head!.span.end <= place.span.start && POSTMODIFYING.test(claim.text.slice(head!.span.end - claim.span.start, place.span.start - claim.span.start))),
  );
}


/** A place the gazetteer knows the containers of: only then can "neither lies within the other" be decided. */
const placed = (p: Place) => p.within.length > 0;

/**
 * Both claims name which thing they speak of by a place the gazetteer knows, and no place of the one is, or lies
 * within, a place of the other: two terminals, two bridges, two hospitals, whatever states or figures each is given.
 */
export function thingsInOtherPlaces(a: Claim, b: Claim): boolean {
  const [x, y] = [placesOfTheThing(a), placesOfTheThing(b)];
  if (x.length === 0 || y.length === 0 || !x.every(placed) || !y.every(placed)) return false;
  return !x.some((p) => y.some((q) => samePlaceOrWithin(p, q)));
}
