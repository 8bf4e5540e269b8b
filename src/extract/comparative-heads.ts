import { AUXILIARY_HEADS } from '../lexicon/grammar-words.js';
import { hasTag, isNoun, type Term } from './terms.js';

const AUXILIARY_HEAD: ReadonlySet<string> = new Set(AUXILIARY_HEADS);

/**
 * "A Builth Wells farrier has been struck off": an "-er" or "-ier" word the tagger read as a comparative adjective, after
 * a noun of the subject and right before its finite verb, is the subject's head noun (an agent noun: farrier, courier).
 * An adjective never ends a noun phrase before the verb in English (Quirk § 7.20, adjectives premodify or follow a
 * linking verb), while a comparative after an article alone ("the bigger was") is left as it was.
 */
export function isComparativeHead(terms: readonly Term[], i: number): boolean {
  const [before, t, next] = [terms[i - 1], terms[i]!, terms[i + 1]];
  if (!before || !next || !hasTag(t, 'Comparative') || t.capitalized || t.commaAfter || before.commaAfter) return false;
  if (!isNoun(before) || hasTag(before, 'Pronoun') || hasTag(before, 'Possessive')) return false;
  return hasTag(next, 'Modal') || hasTag(next, 'Copula') || hasTag(next, 'Auxiliary') || AUXILIARY_HEAD.has(next.lower) || (hasTag(next, 'Verb') && hasTag(next, 'PastTense'));
}
