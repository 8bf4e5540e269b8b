import { hasTag, type Term } from './terms.js';

/** A word with a verb's own ending: third person "-s", past "-ed" or "-ing"; a base form has none. */
const INFLECTED = /(?:s|ed|ing)$/;
const isPlainNoun = (t: Term | undefined): boolean => t !== undefined && hasTag(t, 'Noun') && !hasTag(t, 'Pronoun') && !hasTag(t, 'Verb');
const isFiniteVerb = (t: Term | undefined): boolean =>
  t !== undefined && (hasTag(t, 'Copula') || hasTag(t, 'Modal') || (hasTag(t, 'Verb') && hasTag(t, 'PastTense')));

/**
 * "A river police dive team found the kayaker", "The fire service rescue crew arrived": a base form between two nouns of a
 * determiner-led subject, with a finite verb right after the next noun, is a noun of the compound (Quirk et al. 1985
 * § 17.108, noun premodifiers), not the clause's verb: a finite verb does not stand between a noun and its own head;
 * so is one inside a noun phrase after a preposition that ends there ("found by a river police dive team").
 */
export function baseFormInCompound(terms: readonly Term[], i: number): boolean {
  const [before, t, next, after] = [terms[i - 1], terms[i]!, terms[i + 1], terms[i + 2]];
  if (INFLECTED.test(t.lower) || t.capitalized || t.commaAfter || !isPlainNoun(before) || before!.commaAfter || !isPlainNoun(next)) return false;
  const opener = terms.slice(0, i - 1).findLastIndex((w) => hasTag(w, 'Determiner'));
  const phraseOnly = opener >= 0 && terms.slice(opener + 1, i - 1).every((w) => isPlainNoun(w) || hasTag(w, 'Adjective'));
  // "found by a river police dive team": after a preposition the phrase ends where the clause or the next phrase does.
  const objectEnds = hasTag(terms[opener - 1], 'Preposition') && (after === undefined || next!.commaAfter || hasTag(after, 'Preposition'));
  return phraseOnly && (isFiniteVerb(after) || objectEnds);
}
