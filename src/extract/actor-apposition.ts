import type { Range } from '../ingest/types.js';
import { DESCRIPTION_DETERMINERS, MAX_NAME_WORDS } from '../lexicon/grammar-words.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';

const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(DESCRIPTION_DETERMINERS);
const POSSESSIVE_NAME = /['’]s$/u;

/** Words of the verb group that may stand between the name's closing comma and the verb ("has", "had not"). */
function inVerbGroup(t: Term): boolean {
  return isBe(t) || t.root === 'have' || t.root === 'do' || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Negative') || hasTag(t, 'Adverb');
}

/** A determiner, or a name's possessive before more words ("Bradwell's captain, Mark Ellery,": it determines the description as a determiner does, Quirk § 5.115). */
function opensDescription(t: Term, beforeMore: boolean): boolean {
  return DESCRIPTION_OPENERS.has(t.lower) || (t.capitalized && POSSESSIVE_NAME.test(t.lower) && beforeMore);
}

/**
 * "The caretaker, Tom Reed, unlocked the hall": a name in apposition to a description subject, set off by commas
 * right before the verb, says who the subject is (Quirk et al. 1985, § 17.72, the appositive name that identifies);
 * the name, not the description, is the actor compared across reports. Undefined when the subject is not a
 * determiner-led description or what stands between the commas is not a short capitalised name.
 */
export function nameInApposition(terms: readonly Term[], actor: Range, v: number): Range | undefined {
  const first = terms.findIndex((t) => t.start === actor.start);
  const last = terms.findIndex((t) => t.end === actor.end);
  if (first < 0 || last < first || !terms[last]!.commaAfter || !opensDescription(terms[first]!, first < last)) return undefined;
  let end = last + 1;
  while (end < v && !terms[end]!.commaAfter && end - last < MAX_NAME_WORDS) end++;
  const name = terms.slice(last + 1, end + 1);
  if (end >= v || !terms[end]!.commaAfter || name.length === 0 || !name.every((t) => t.capitalized && !hasTag(t, 'Date'))) return undefined;
  if (!terms.slice(end + 1, v).every(inVerbGroup)) return undefined;
  return { start: name[0]!.start, end: name[name.length - 1]!.end };
}
