import { hasTag, type Term } from './terms.js';

/** "Two bronzes were stolen": a number above one wants a plural, and an "-s" verb is singular, so "-s" is the plural noun. */
export function pluralAfterNumeral(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const before = terms[i - 1];
  if (!before || !hasTag(before, 'Cardinal') || hasTag(before, 'Date') || before.lower === 'one' || before.lower === '1') return false;
  return t.lower.endsWith('s') && !hasTag(t, 'PastTense') && !hasTag(t, 'Possessive');
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * "made a £5 million offer", "compiled a maximum 147 break": after an indefinite article (and adjectives), a figure is a
 * postdeterminer (Quirk et al. 1985 § 5.20), so a base form the tagger read as a verb after it heads the noun phrase.
 * A figure after "the" may be a noun phrase of its own ("the 27 agree"), so only "a" / "an" count.
 */
export function headAfterFigure(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (t.capitalized || !(hasTag(t, 'Infinitive') || hasTag(t, 'PresentTense')) || ['Gerund', 'PastTense', 'Copula', 'Modal', 'Auxiliary'].some((tag) => hasTag(t, tag))) return false;
  let k = i - 1;
  while (k >= 0 && hasTag(terms[k], 'Value') && !hasTag(terms[k], 'Date') && !terms[k]!.commaAfter) k--;
  if (k === i - 1) return false;
  while (k >= 0 && hasTag(terms[k], 'Adjective') && !terms[k]!.commaAfter) k--;
  return k >= 0 && INDEFINITE_ARTICLES.has(terms[k]!.lower) && !terms[k]!.commaAfter;
}
