import { clauseEnd, isSupplementive } from './subordinate-clauses.js';
import { isIndefiniteRelative } from './indefinite-relatives.js';
import { isPronounIng } from './pronoun-ing.js';
import { finiteAfterModifier, isBe, isPostModifier, isReducedRelative } from './verbs.js';
import { verbAfterSubject } from './verb-scan.js';
import type { Term } from './terms.js';

/**
 * The clause's verb when the first verb at `v` only modifies a noun or adds to the clause: "Selene-3, the lander built
 * by Hollis, touched down" (a participle modifying a noun is not the clause's verb); "…, saying in a statement …" (an
 * "-ing" clause after a comma adds to the clause); "The prospect of them winning …" (an "-ing" with a pronoun subject
 * is nonfinite). The next verb after such a modifier is asked in turn; with none, a
 * "be" (after it, else before it), else a verb form the tagger read as a noun after it. `terms` may be retagged there.
 */
export function verbPastModifiers(terms: Term[], v: number, start: number, isVerbAt: (t: Term, i: number) => boolean): number {
  while (v >= 0 && (isReducedRelative(terms, v) || isPostModifier(terms, v) || isIndefiniteRelative(terms, v) || isSupplementive(terms, v) || isPronounIng(terms, v))) {
    const supplementive = isSupplementive(terms, v);
    // "A tannery accused of letting dye seep into the stream was fined": the verbs of the modifier's own complement come
    // before the finite verb it found; the clause's verb is not among them.
    const finite = supplementive || isReducedRelative(terms, v) ? -1 : finiteAfterModifier(terms, v);
    const after = supplementive ? clauseEnd(terms, v) : finite > v ? finite - 1 : v;
    const next = terms.findIndex((t, i) => i > after && isVerbAt(t, i));
    if (next >= 0) {
      v = next;
      continue;
    }
    // "The man killed in the crash was a teacher": a copula after the modifier is the clause's verb; with none,
    // a "be" before it is ("… is the fastest time ever run by a woman").
    // "The rock, found in a ditch, is a meteorite": after a supplementive set off by commas, the copula at once after
    // its closing comma is the verb (Quirk § 15.58, the participle clause as a parenthesis on the subject).
    const later = terms.findIndex((t, i) => i > after && isBe(t) && (!terms[i - 1]!.commaAfter || (supplementive && i === after + 1)));
    const be = later >= 0 ? later : terms.findIndex((t, i) => i >= start && i < v && isBe(t));
    if (be >= 0) return be;
    // "The dressing, designed by Hannah Moorcroft, shows …": a finite verb form the tagger read as a noun.
    const scanned = verbAfterSubject(terms, after);
    if (scanned === undefined) return v;
    terms[scanned.index] = scanned.term;
    return scanned.index;
  }
  return v;
}
