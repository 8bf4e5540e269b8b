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
