import { CENTRAL_DETERMINERS, LINKING_VERBS, OTHER_COPULAS } from '../lexicon/grammar-words.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { hasTag, type Term } from './terms.js';

/**
 * A subject's plural head the tagger read as a verb, and the past verb after it read as a noun or adjective ("Hopes
 * faded", "Food prices rose sharply"): two finite verbs do not stand side by side, nor two noun heads with nothing after
 * them. Read by retagNounPositions (extract/noun-positions.ts).
 */

const DETERMINER = new Set(CENTRAL_DETERMINERS);
const LINKING = new Set([...LINKING_VERBS, ...OTHER_COPULAS]);
const PAST_FORM = /^[a-z]{3,}ed$/;
const isNoun = (t: Term): boolean => (hasTag(t, 'Noun') || hasTag(t, 'ProperNoun')) && !hasTag(t, 'Verb') && !hasTag(t, 'Pronoun');

/**
 * "Hopes faded.", "Rates rose.", "Engineers still are inspecting …": a clause-initial "-s" form followed (past
 * adverbs) by a finite verb — "be", a modal, a past form by its ending or the irregular-verb list — is the plural
 * head of the subject, since two finite verbs do not stand side by side. The index of that verb, else undefined.
 */
export function pluralBeforeFinite(terms: readonly Term[], i: number): number | undefined {
  const t = terms[i]!;
  if (!opensWithModifiers(terms, i) || t.commaAfter || !/^[a-z]{3,}[^s']s$/.test(t.lower) || !hasTag(t, 'PresentTense')) return undefined;
  let k = i + 1;
  while (k < terms.length && hasTag(terms[k], 'Adverb') && !terms[k - 1]!.commaAfter) k++;
  const w = terms[k];
  if (!w || terms[k - 1]!.commaAfter) return undefined;
  const finite = hasTag(w, 'Copula') || hasTag(w, 'Modal') || (hasTag(w, 'Verb') && hasTag(w, 'PastTense')) || IRREGULAR_PAST[w.lower] !== undefined || PAST_FORM.test(w.lower);
  if (finite && i > 0 && !afterModifiersFinite(terms, i, k)) return undefined;
  return finite ? k : undefined;
}

/**
 * After noun modifiers ("Food prices rose") the "-s" form may as well be the verb of a singular subject ("The bridge
 * remains closed", "The garden sells rose bushes"): only a linking verb's "-s" form is never read as the noun, and an
 * "-ed" form or a past read as a noun must close the clause or stand before a preposition or adverb to be the verb.
 */
function afterModifiersFinite(terms: readonly Term[], i: number, k: number): boolean {
  const w = terms[k]!;
  if (LINKING.has(terms[i]!.root) || LINKING.has(presentRoot(terms[i]!.lower))) return false;
  if (hasTag(w, 'Copula') || hasTag(w, 'Modal') || (hasTag(w, 'Verb') && hasTag(w, 'PastTense'))) return true;
  const next = terms[k + 1];
  return IRREGULAR_PAST[w.lower] !== undefined && (next === undefined || w.commaAfter || hasTag(next, 'Preposition') || hasTag(next, 'Adverb') || hasTag(next, 'Value'));
}
const presentRoot = (lower: string): string => lower.replace(/s$/, '');

/**
 * "Food prices", "The oil prices", "Oil prices" (a clause-initial noun the tagger read as an imperative): the words before
 * `i` are only a determiner and noun or adjective modifiers, from the clause's start, so `i` may head its subject.
 */
function opensWithModifiers(terms: readonly Term[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const w = terms[k]!;
    if (w.commaAfter || hasTag(w, 'Pronoun') || hasTag(w, 'Possessive')) return false;
    const modifier = (hasTag(w, 'Noun') || hasTag(w, 'Adjective')) && !hasTag(w, 'Verb');
    const opener = k === 0 && (DETERMINER.has(w.lower) || hasTag(w, 'Imperative'));
    if (!modifier && !opener) return false;
  }
  return true;
}

/**
 * "Food prices rose sharply", "Oil prices rose to $90": an irregular past (Quirk et al. 1985, Appendix I) that the tagger
 * read as a noun, right after a plural (or "-s") head of a clause-opening subject and before no noun of its own, is
 * the clause's verb: two noun heads do not stand side by side with nothing after them.
 */
export function isIrregularPastAfterPlural(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const before = terms[i - 1]!;
  if (IRREGULAR_PAST[t.lower] === undefined || hasTag(t, 'Verb') || !hasTag(t, 'Noun') || t.capitalized || before.commaAfter) return false;
  if (!/^[a-z]{3,}[^s']s$/.test(before.lower) || !(hasTag(before, 'Plural') || hasTag(before, 'PresentTense'))) return false;
  const next = terms[i + 1];
  const closes = t.commaAfter || next === undefined || ['Preposition', 'Conjunction', 'Adverb', 'Value', 'Date'].some((tag) => hasTag(next, tag));
  return closes && opensWithModifiers(terms, i - 1);
}
