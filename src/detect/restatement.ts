import type { Claim } from '../model/claim.js';
import { claimWords } from '../relate/words.js';
import { weekdayMentions } from '../match/dates.js';
import { PARTIAL_QUANTIFIERS, UNIVERSAL_QUANTIFIERS } from '../lexicon/quantifier-scale.js';

/** Fewest content words in the shorter claim for its wording to count as restated: a few words recur by chance. */
const MIN_CONTENT_WORDS = 4;

function lowerWords(c: Claim): string[] {
  return claimWords(c).tokens.map((t) => t.lower);
}

/** Lead-in words of the shorter claim that may fall outside the shared run: a caption label ("Update:", "Defence:"). */
const MAX_LEAD_WORDS = 2;
const LETTERS_ONLY = /^\p{L}+$/u;
const SCALE: ReadonlySet<string> = new Set([...UNIVERSAL_QUANTIFIERS, ...PARTIAL_QUANTIFIERS]);

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
}

/** A word that is part of a figure ("Forty people"), a date (or weekday) or a place, or at or past the actor, predicate or theme: never a caption label. */
function inSlot(claim: Claim, start: number): boolean {
  const { actor, predicate, theme } = claim.proposition;
  const parts = [actor, predicate, theme].flatMap((p) => (p ? [p.span.start] : []));
  if (parts.some((at) => start >= at)) return true;
  // An undated report's weekday ("On Monday the storm …") resolves to no date, but it is the event's day all the same.
  return [...claim.quantities, ...claim.times, ...claim.places, ...weekdayMentions(claim)].some((x) => start >= x.span.start && start < x.span.end);
}

/** The shorter's words, after at most a label's worth of plain words (no figures), run unbroken inside the longer's. */
function restatedRun(long: readonly string[], shortClaim: Claim): boolean {
  const tokens = claimWords(shortClaim).tokens;
  const short = tokens.map((t) => t.lower);
  for (let k = 0; k <= MAX_LEAD_WORDS && k < short.length; k++) {
    // "All 40 volunteers …" / "40 volunteers …": a quantifier says how much of the set, never a caption label.
    if (tokens.slice(0, k).some((t) => !LETTERS_ONLY.test(t.lower) || inSlot(shortClaim, t.span.start) || SCALE.has(t.lower))) return false;
    if (containsRun(long, short.slice(k))) return true;
  }
  return false;
}

/**
 * One proposition's words, after at most a caption label, run unbroken inside the other's (a syndicated copy, or the
 * same sentence with a clause added) with the same stance and negation: the longer restates the shorter, so any clash
 * between them would be within the added words alone.
 */
export function restates(a: Claim, b: Claim): boolean {
  // The same words said by one source and denied by another ("said" / "denied that …") are no restatement.
  if (a.attribution.stance !== b.attribution.stance || a.proposition.negated !== b.proposition.negated) return false;
  const [wa, wb] = [lowerWords(a), lowerWords(b)];
  const long = wa.length <= wb.length ? wb : wa;
  const shortClaim = wa.length <= wb.length ? a : b;
  if (claimWords(shortClaim).content.length < MIN_CONTENT_WORDS) return false;
  return restatedRun(long, shortClaim);
}
