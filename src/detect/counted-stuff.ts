import type { Claim, Quantity } from '../model/claim.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { singularNoun } from '../match/measure.js';
import { kindsOf, narrowerFits, type CountedKind } from './counted-modifiers.js';

const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);
/** Determiners that may open the "of" phrase ("bars of its soap"); they name no kind. */
const OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that']);
/** Longest "of" phrase read: a head and a few modifiers ("of its lavender and oat soap"). */
const MAX_WORDS = 6;

/**
 * What a count of portions counts, from the "of" phrase right after the figure ("12,000 bars of soap" → soap; "4,000
 * bars of its lavender and oat soap" → soap, with lavender and oat): the phrase ends at its first function word other
 * than "and". Undefined when no "of" follows the figure, or the figure is a measure rather than a count.
 */
function stuffOf(claim: Claim, q: Quantity): CountedKind | undefined {
  // Portions counted ("bars of soap"), not a measure of a substance ("120 millimetres of rain"), which the units compare.
  if (q.dimension !== 'count') return undefined;
  const rest = claim.text.slice(q.span.end - claim.span.start).toLowerCase().match(/[\p{L}'-]+|[,.;:]/gu) ?? [];
  if (rest[0] !== 'of') return undefined;
  const words: string[] = [];
  for (const w of rest.slice(1, 1 + MAX_WORDS)) {
    if (words.length === 0 && OPENERS.has(w)) continue;
    if (w !== 'and' && (FUNCTION.has(w) || /^[,.;:]$/.test(w))) break;
    words.push(w);
  }
  while (words.at(-1) === 'and') words.pop();
  if (words.length === 0) return undefined;
  return { head: singularNoun(words.at(-1)!), modifiers: new Set(words.slice(0, -1).filter((w) => w !== 'and')) };
}

/**
 * Counts of one substance where one "of" phrase adds restrictive modifiers (a narrower kind, Quirk et al. 1985 § 17.3)
 * and its count is no larger than the wider one's: both may hold ("12,000 bars of soap" / "4,000 bars of its lavender
 * soap"). Two kinds apart ("lavender" / "rose") are not read here: the counts may still clash.
 */
export function narrowerStuffFits(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  return narrowerFits(kindsOf(stuffOf(a, x), stuffOf(b, y)), x, y);
}
