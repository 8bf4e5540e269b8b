import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import type { Claim } from '../model/claim.js';
import { claimWords, tokenAt } from './words.js';

/** How many words before its verb an auxiliary or a future marker may stand ("had not yet been", "will not now be imposed"). */
const VERB_GROUP_REACH = 4;
/** Operators of past time: the past of "be", "have", "do", and the perfect (Quirk et al. 1985 §§ 4.17–4.22). */
const PAST_OPERATORS: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'has', 'have', "hadn't", "didn't", "wasn't", "weren't", "hasn't", "haven't"]);
/** Operators of present or future time that make a past participle after them no past ("is planned", "will be held"). */
const PRESENT_OPERATORS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'be', "'s", "isn't", "aren't", 'will', 'shall', 'would', 'can', 'may', 'must', 'should']);

/**
 * The claim's verb group tells past time: a past operator ("was closed", "had left", "has opened") or a past form
 * with no present or future operator before it ("opened", "sank"; not "is planned", "will be held").
 */
export function pastVerbGroup(claim: Claim): boolean {
  const p = claim.proposition.predicate;
  if (!p) return false;
  const group = verbGroupBefore(claim);
  if (group.some((w) => PRESENT_OPERATORS.has(w))) return false;
  if (group.some((w) => PAST_OPERATORS.has(w))) return true;
  const verb = p.text.toLowerCase();
  return /[^e]ed$|[^aeiou]ied$|eed$/.test(verb) || Object.hasOwn(IRREGULAR_PAST, verb);
}

/** The words of the verb group before the claim's predicate, lower case (at most VERB_GROUP_REACH of them). */
export function verbGroupBefore(claim: Claim): string[] {
  const p = claim.proposition.predicate;
  if (!p) return [];
  const { tokens } = claimWords(claim);
  const at = tokenAt(tokens, p.span.start);
  return tokens.slice(Math.max(0, at - VERB_GROUP_REACH), at).map((t) => t.lower);
}
