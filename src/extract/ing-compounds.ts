import { CENTRAL_DETERMINERS, VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import { INVARIANT_PAST } from '../lexicon/invariant-verbs.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { hasTag, isNoun, type Term } from './terms.js';

const DETERMINER: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);
const AUXILIARY: ReadonlySet<string> = new Set(VERB_GROUP_AUXILIARIES);
/** Nouns after the head word of an "-ing" compound before its verb ("the fishing boat crew"). */
const MAX_COMPOUND_NOUNS = 2;

/**
 * "A fishing boat hit the rocks", "the rowing club will …": after a determiner and an "-ing" word, a base or present
 * form the tagger read as a verb, with a finite verb or an invariant past right after it (or after the compound's
 * further nouns: "the fishing boat crew was"), is a noun of the phrase and the
 * "-ing" word its modifier (Quirk § 17.104, "-ing" participles and gerunds premodifying a noun); two finite verbs do
 * not stand side by side. A past form there is the verb ("The fighting displaced thousands"), and so is an invariant
 * past ("The bombing cut power"), whatever follows it.
 */
export function isIngCompoundHead(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const ing = terms[i - 1];
  const det = terms[i - 2];
  // "The fishing boat crew was rescued": more nouns of the compound may stand before the finite verb.
  let k = i + 1;
  while (k < i + 1 + MAX_COMPOUND_NOUNS && terms[k] && isNoun(terms[k]!) && !terms[k]!.commaAfter) k++;
  const next = terms[k];
  if (!ing || !det || !next || !DETERMINER.has(det.lower) || det.commaAfter || ing.commaAfter || t.commaAfter) return false;
  if (!/^[a-z]{3,}ing$/.test(ing.lower) || ing.capitalized || t.capitalized) return false;
  // "The meeting has been postponed": an auxiliary opens the verb group, it is no noun of the compound.
  if (AUXILIARY.has(t.lower)) return false;
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || /(?:ing|ed)$/.test(t.lower) || INVARIANT_PAST[t.lower] !== undefined || IRREGULAR_PAST[t.lower] !== undefined) return false;
  if (!hasTag(t, 'PresentTense') && !hasTag(t, 'Infinitive')) return false;
  return hasTag(next, 'Modal') || hasTag(next, 'Copula') || hasTag(next, 'Auxiliary') || (hasTag(next, 'Verb') && !hasTag(next, 'Gerund')) || INVARIANT_PAST[next.lower] !== undefined || IRREGULAR_PAST[next.lower] !== undefined;
}

/**
 * "two passing motorists", "the three remaining players": an "-ing" word between a numeral and a plural noun
 * premodifies the noun (Quirk § 17.104); a numeral is never a verb's subject with a noun right after the verb.
 */
export function isCountedIngModifier(terms: readonly Term[], i: number): boolean {
  const [before, t, after] = [terms[i - 1], terms[i]!, terms[i + 1]];
  if (!before || !after || before.commaAfter || t.commaAfter || !/^[a-z]{3,}ing$/.test(t.lower)) return false;
  return hasTag(before, 'Cardinal') && isNoun(after) && hasTag(after, 'Plural') && !hasTag(after, 'Verb');
}

/** Nouns of the phrase between a prepositional "-ing" modifier and the finite verb ("from neighbouring border states"). */
const MAX_PHRASE_NOUNS = 2;

/**
 * "Delegates from neighbouring countries have arrived", "Residents of surrounding villages were evacuated": an "-ing"
 * word between a preposition and a noun, with the clause's finite verb right after the noun (or its compound's
 * nouns), premodifies that noun (Quirk § 17.104): the phrase sits in the subject, and the finite verb is the predicate.
 */
export function isIngAfterPreposition(terms: readonly Term[], i: number): boolean {
  const [before, t, after] = [terms[i - 1], terms[i]!, terms[i + 1]];
  if (!before || !after || !hasTag(before, 'Preposition') || before.commaAfter || t.commaAfter || !/^[a-z]{3,}ing$/.test(t.lower)) return false;
  if (!isNoun(after) || hasTag(after, 'Verb') || after.capitalized) return false;
  let k = i + 1;
  while (k < i + 1 + MAX_PHRASE_NOUNS && terms[k] && isNoun(terms[k]!) && !hasTag(terms[k], 'Verb') && !terms[k]!.commaAfter) k++;
  const next = terms[k];
  if (!next || terms[k - 1]!.commaAfter) return false;
  // The quick tagger reads an auxiliary ("have") as a plain present verb: any finite form counts.
  return hasTag(next, 'Modal') || hasTag(next, 'Auxiliary') || hasTag(next, 'Copula') || (hasTag(next, 'Verb') && !hasTag(next, 'Gerund') && (hasTag(next, 'PresentTense') || (hasTag(next, 'PastTense') && !hasTag(next, 'Participle'))));
}
