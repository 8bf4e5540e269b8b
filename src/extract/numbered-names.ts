import { hasTag, type Term } from './terms.js';

/**
 * "Channel 4 dropped the show", "Route 66 reopened", "said Terminal 5 closed": a capitalised word followed by a
 * numeral is a numbered proper name (Quirk et al. 1985, § 5.66: names with a numeral postmodifier, "Gate 12",
 * "Apollo 11"), not an imperative or bare verb with a figure for its object, however the tagger read it. Clause-
 * initially it takes a finite verb after the numeral ("Channel 4 sacked"), so an imperative headline ("Add 2 cups")
 * stays a verb.
 */
const DIGITS = /^\d[\d,.]*$/;
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);

const isFinite = (t: Term | undefined): boolean =>
  t !== undefined && (hasTag(t, 'PastTense') || hasTag(t, 'PresentTense') || hasTag(t, 'Copula') || hasTag(t, 'Modal') || hasTag(t, 'Auxiliary'));

/** Whether term i is the word of a numbered name that the tagger read as a verb. */
export function isNumberedName(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const numeral = terms[i + 1];
  if (!t.capitalized || t.commaAfter || !hasTag(t, 'Verb') || hasTag(t, 'PastTense') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  if (numeral === undefined || !DIGITS.test(numeral.lower)) return false;
  return i > 0 || (!numeral.commaAfter && isFinite(terms[i + 2]));
}

/** The terms with each numbered name's word retagged as a proper noun. */
export function retagNumberedNames(terms: readonly Term[]): Term[] {
  return terms.map((t, i) => (isNumberedName(terms, i) ? { ...t, tags: NAME_TAGS } : t));
}
