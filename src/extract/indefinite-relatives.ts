import { CLAUSE_OPENERS, INDEFINITE_PRONOUNS } from '../lexicon/grammar-words.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';
import { isParticiple } from './verb-forms.js';

const INDEFINITE: ReadonlySet<string> = new Set(INDEFINITE_PRONOUNS.filter((w) => !w.includes(' ')));
const OPENERS: ReadonlySet<string> = new Set(CLAUSE_OPENERS);

/**
 * "Anyone booked can move", "Everyone invited will receive a letter": a past participle right after an indefinite
 * pronoun, with a modal, "be" or auxiliary later in the clause, is a reduced relative on the pronoun (Quirk § 17.30,
 * postmodification of indefinite pronouns); the later verb is the clause's. "Someone phoned the office" has none.
 */
export function isIndefiniteRelative(terms: readonly Term[], v: number): boolean {
  const [before, t] = [terms[v - 1], terms[v]!];
  if (!before || before.commaAfter || !INDEFINITE.has(before.lower) || !(isParticiple(t.lower) || /[a-z]ed$/.test(t.lower))) return false;
  for (let k = v + 1; k < terms.length; k++) {
    const w = terms[k]!;
    if (OPENERS.has(w.lower) || terms[k - 1]!.commaAfter) return false;
    if (hasTag(w, 'Modal') || isBe(w) || hasTag(w, 'Auxiliary')) return true;
  }
  return false;
}
