import { isFinite } from './clause-parts.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { isParticiple } from './verb-forms.js';

/**
 * "A man arrested after the raid remains on bail", "Two teenagers detained after the fight will appear in court": the
 * words before the subordinator are only a subject with a past participle after its noun, and the clause that would
 * follow has a present or modal verb the past participle could not be the main verb of. The participle is a reduced
 * relative on the subject (Quirk et al. 1985 § 17.97), "after" is its preposition, and the later verb is the main verb.
 * "The crowd dispersed after the police arrived" (two past verbs) stays a main clause with an "after" clause.
 */
export function participleSubjectBefore(terms: readonly Term[], at: number): boolean {
  const before = terms.slice(0, at);
  if (before.length < 2 || before.some((t) => t.commaAfter)) return false;
  const verbs = before.flatMap((t, k) => (hasTag(t, 'Verb') && !isNominal(t) ? [k] : []));
  if (verbs.length !== 1 || verbs[0] !== at - 1) return false;
  const participle = before[at - 1]!;
  if (!isParticiple(participle.lower) || !isNominal(before[at - 2]!)) return false;
  const finite = terms.findIndex((t, k) => k > at + 1 && isFinite(terms, k));
  return finite > 0 && !terms[finite]!.commaAfter && presentOrModal(terms[finite]!);
}

function presentOrModal(t: Term): boolean {
  return hasTag(t, 'Modal') || (hasTag(t, 'PresentTense') && !hasTag(t, 'PastTense'));
}
