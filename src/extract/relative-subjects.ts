import { ADVERBIAL_SUBORDINATORS } from '../lexicon/clause-cues.js';
import { OTHER_SUBORDINATORS } from '../lexicon/grammar-words.js';
import { hasTag, isNoun, type Term } from './terms.js';

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);

const isFinite = (t: Term): boolean =>
  hasTag(t, 'Copula') || hasTag(t, 'Modal') || hasTag(t, 'Auxiliary') || (hasTag(t, 'Verb') && !hasTag(t, 'Gerund') && !hasTag(t, 'Participle') && (hasTag(t, 'PastTense') || hasTag(t, 'PresentTense')));
const inVerbGroup = (t: Term): boolean => hasTag(t, 'Verb') || hasTag(t, 'Adverb') || t.lower === 'not';

/**
 * "Supply trucks that left on Friday have not arrived", "Rescue boats that set out at dawn are still
 * searching": a clause-initial word the tagger read as an imperative verb, before a noun that a relative clause
 * modifies, with the clause's own finite verb after that relative clause, premodifies the noun (a noun compound,
 * Quirk et al. 1985 § 17.108): an imperative's object and relative clause ("Avoid roads that were flooded") leave no
 * finite verb after them.
 */
export function isModifierOfRelativeSubject(terms: readonly Term[], i: number): boolean {
  const [t, noun, relative] = [terms[i]!, terms[i + 1], terms[i + 2]];
  if (i !== 0 || !noun || !relative || !hasTag(t, 'Verb') || t.commaAfter || noun.commaAfter) return false;
  if (!isNoun(noun) || hasTag(noun, 'Verb') || !RELATIVES.has(relative.lower) || !hasTag(terms[i + 3], 'Verb')) return false;
  let k = i + 3;
  while (k < terms.length && inVerbGroup(terms[k]!)) k++;
  for (; k < terms.length; k++) if (isFinite(terms[k]!)) return true;
  return false;
}

const SUBORDINATORS: ReadonlySet<string> = new Set([...ADVERBIAL_SUBORDINATORS, ...OTHER_SUBORDINATORS]);
const opensNounPhrase = (t: Term): boolean =>
  hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Value') || hasTag(t, 'Preposition') || hasTag(t, 'Gerund') || (isNoun(t) && !hasTag(t, 'Pronoun'));

/**
 * "Damage from the flooding will be covered", "Support for the plan has fallen", "Access to the site was
 * restricted": a clause-initial base form the tagger read as an imperative, before a prepositional phrase whose noun
 * phrase (with any relative clause on it) is followed by the clause's own finite verb, heads the subject: an
 * imperative's object or adjunct leaves no finite verb after it ("Stay at home until the water has gone", "Look at
 * the mess they have made"). The search stops at a comma, a pronoun, a coordinator or a subordinator. Inside a
 * clause, a base form after a singular noun of a determiner-led phrase is read so too ("The hire firm in Bowness has").
 */
export function isHeadOfModifiedSubject(terms: readonly Term[], i = 0): boolean {
  const [t, preposition] = [terms[i], terms[i + 1]];
  if (!t || !preposition || !hasTag(t, 'Verb') || t.commaAfter || hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || hasTag(t, 'Participle')) return false;
  if (hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula') || !hasTag(preposition, 'Preposition') || preposition.commaAfter) return false;
  if (i > 0 && !(t.lower === t.root && afterSingularModifier(terms, i))) return false;
  let sawNoun = false;
  for (let k = i + 2; k < terms.length; k++) {
    const u = terms[k]!;
    if (SUBORDINATORS.has(u.lower) || hasTag(u, 'Conjunction') || hasTag(u, 'Pronoun')) return false;
    if (RELATIVES.has(u.lower) && sawNoun) {
      // "… the flooding that followed the hail will be covered": the relative clause's own verb is passed over.
      let j = k + 1;
      while (j < terms.length && inVerbGroup(terms[j]!)) j++;
      if (j === k + 1) return false;
      k = j - 1;
    } else if (isFinite(u)) return sawNoun;
    else if (!opensNounPhrase(u)) return false;
    else sawNoun ||= isNoun(u);
    if (u.commaAfter) return false;
  }
  return false;
}

/** Most nouns and adjectives between a determiner and the head ("the jet-ski hire firm"). */
const MODIFIER_REACH = 3;

/**
 * "The hire firm in Bowness has …": a base form right after a singular noun of a determiner-led phrase heads it; a
 * base-form verb agrees only with a plural subject ("The workers strike in May"), so after a singular noun it is none.
 */
function afterSingularModifier(terms: readonly Term[], i: number): boolean {
  const before = terms[i - 1]!;
  if (!isNoun(before) || hasTag(before, 'Plural') || hasTag(before, 'Pronoun') || hasTag(before, 'ProperNoun') || before.commaAfter) return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - MODIFIER_REACH); k--) {
    const u = terms[k]!;
    if (u.commaAfter) return false;
    if (hasTag(u, 'Determiner')) return true;
    // "jet-ski": a hyphenated compound's parts are modifiers, whatever the tagger read.
    if (!isNoun(u) && !hasTag(u, 'Adjective') && !hasTag(u, 'Hyphenated')) return false;
  }
  return false;
}
