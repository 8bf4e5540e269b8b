import { hasTag, type Term } from './terms.js';
import { isNounOrVerbGerund, isVerbGerund, verbLemma } from './lemma.js';
import { isBe } from './verbs.js';

/**
 * Aspect and time adverbs that stand between "be" and its "-ing" participle in a progressive ("is still running",
 * "are now charging", "was already sinking", "is no longer operating"; Quirk §§ 4.26–4.29, 8.61: the position after
 * the first auxiliary).
 */
const BETWEEN: ReadonlySet<string> = new Set(['still', 'now', 'already', 'currently', 'again', 'also', 'no', 'longer', 'not', "n't", 'never', 'just', 'only']);
/** Most such words between "be" and the participle. */
const REACH = 2;

/** Whether a form of "be" stands before term i with only aspect adverbs, at least one, between. */
function beforeAdverbs(terms: readonly Term[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - REACH); k--) {
    const t = terms[k]!;
    if (isBe(t)) return k < i - 1;
    if (!BETWEEN.has(t.lower)) return false;
  }
  return false;
}

/**
 * "The mill is still running", "The town is still recovering from the flood": compromise reads "still" after a copula
 * as an adjective and the "-ing" form after it as a noun, so the clause became "be" + "still running". A verb's
 * "-ing" form (one compromise lists as no adjective or noun of its own: "interesting", "missing" stay) after "be" and
 * an aspect adverb is the progressive's participle, and the adverb an adverb.
 */
export function withAspectProgressives(terms: readonly Term[]): Term[] {
  const out = [...terms];
  terms.forEach((t, i) => {
    if (hasTag(t, 'Verb') || !(isVerbGerund(t.lower) || isNounOrVerbGerund(t.lower)) || !beforeAdverbs(terms, i)) return;
    out[i] = { ...t, root: verbLemma(t), tags: new Set(['Verb', 'PresentTense', 'Gerund']) };
    for (let k = i - 1; k >= 0 && BETWEEN.has(terms[k]!.lower); k--) {
      if (!hasTag(terms[k], 'Adverb')) out[k] = { ...terms[k]!, tags: new Set(['Adverb']) };
    }
  });
  return out;
}
