import { hasTag, type Term } from './terms.js';
import type { Quantity, Time } from '../model/claim.js';

/** How many words back from "since" its "first" or superlative may stand ("the highest interest rates since"). */
const REACH = 5;
/** "first" and the words that make an analytic superlative ("the most serious fire since …"). */
const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['first', 'most', 'least']);

/**
 * "for the first time since 1998", "their highest level since 2008", "the worst flooding since records began": "since"
 * after "first" or a superlative bounds the stretch of time the comparison runs over (Quirk et al. 1985 § 9.59,
 * §§ 7.82–7.84): what follows dates the last such event, not this one. No verb or comma stands between them.
 */
export function boundsComparison(terms: readonly Term[], i: number): boolean {
  if (terms[i]?.lower !== 'since') return false;
  return superlativeBefore(terms, i, REACH, (t) => t.commaAfter || hasTag(t, 'Verb'));
}

/** "first" or a superlative within `reach` words before terms[i], none of the words between it and i a `stop`. */
function superlativeBefore(terms: readonly Term[], i: number, reach: number, stop: (t: Term, k: number) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const t = terms[k]!;
    if (stop(t, k)) return false;
    if (hasTag(t, 'Superlative') || SUPERLATIVE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The claim's dates less those a comparison runs from ("since 1998" after "the first time"). */
export function withoutComparisonBounds(times: Time[], terms: readonly Term[]): Time[] {
  // Most claims have no date: then there is nothing to drop, and no need to look for "since".
  if (times.length === 0) return times;
  const bounds = new Set<number>();
  terms.forEach((t, i) => {
    if (boundsComparison(terms, i) && terms[i + 1]) bounds.add(terms[i + 1]!.start);
  });
  return bounds.size === 0 ? times : times.filter((t) => !bounds.has(t.span.start));
}

/** Prepositions that put a comparison's stretch of time after "first" or a superlative ("for a decade", "in 20 years"). */
const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in']);
/** How many words back from "for"/"in" the "first" or superlative may stand, past a reduced relative ("first ferry built in Arnsby for"). */
const DURATION_REACH = 7;
/** How many words after the preposition the duration may start ("for more than sixty years"). */
const DURATION_START_REACH = 3;

/**
 * "the first ferry built in Arnsby for more than sixty years", "its best total for a decade": "for" or "in" after
 * "first" or a superlative, with no comma and not the claim's own finite verb between them, opens the stretch of time
 * the comparison runs over (Quirk et al. 1985 § 9.59). `predicateStart` is the main verb's offset when the claim's
 * predicate is finite ("The first ferry sailed for three hours": its duration is the sailing's).
 */
function boundsDuration(terms: readonly Term[], i: number, predicateStart: number | undefined): boolean {
  if (!DURATION_PREPOSITIONS.has(terms[i]?.lower ?? '') || terms[i - 1]?.commaAfter) return false;
  return superlativeBefore(terms, i, DURATION_REACH, (t, k) => t.start === predicateStart || (k < i - 1 && t.commaAfter));
}

/** The claim's figures less the durations a comparison runs over ("for more than sixty years" after "the first ferry"). */
export function withoutComparisonDurations(quantities: Quantity[], terms: readonly Term[], predicateStart: number | undefined): Quantity[] {
  // Only a duration can be dropped: without one, no need to look for the comparison.
  if (!quantities.some((q) => q.dimension === 'duration')) return quantities;
  const starts: number[][] = [];
  terms.forEach((t, i) => {
    if (boundsDuration(terms, i, predicateStart)) starts.push(terms.slice(i + 1, i + 1 + DURATION_START_REACH).map((x) => x.start));
  });
  if (starts.length === 0) return quantities;
  return quantities.filter((q) => q.dimension !== 'duration' || !starts.some((s) => s.includes(q.span.start)));
}
