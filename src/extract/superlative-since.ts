import { hasTag, type Term } from './terms.js';
import type { Time } from '../model/claim.js';

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
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const t = terms[k]!;
    if (t.commaAfter || hasTag(t, 'Verb')) return false;
    if (hasTag(t, 'Superlative') || SUPERLATIVE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The claim's dates less those a comparison runs from ("since 1998" after "the first time"). */
export function withoutComparisonBounds(times: Time[], terms: readonly Term[]): Time[] {
  const bounds = new Set<number>();
  terms.forEach((t, i) => {
    if (boundsComparison(terms, i) && terms[i + 1]) bounds.add(terms[i + 1]!.start);
  });
  return bounds.size === 0 ? times : times.filter((t) => !bounds.has(t.span.start));
}
