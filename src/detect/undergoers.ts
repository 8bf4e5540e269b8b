import type { Claim } from '../model/claim.js';
import { ALTERNATING_VERBS } from '../lexicon/wordnet-alternations.js';
import { DOWNWARD_CHANGE, UPWARD_CHANGE } from '../lexicon/change-direction.js';
import { IRREGULAR_FORM } from '../extract/verb-forms.js';
import { COPULA } from '../relate/events.js';
import { verbGroupBefore } from '../relate/past-time.js';
import { perClaim } from '../relate/per-claim.js';

/** Calibratable changes of state (Levin 1993 § 45.6: "shares fell 4%"), lemmas. */
const SCALAR_CHANGE: ReadonlySet<string> = new Set([...UPWARD_CHANGE, ...DOWNWARD_CHANGE]);
/** Verbs of the causative alternation, and the calibratable changes of state. */
const ALTERNATING: ReadonlySet<string> = new Set([...ALTERNATING_VERBS, ...SCALAR_CHANGE]);

/**
 * The claim uses a verb of the causative alternation without an object ("the climbing centre opened on Saturday",
 * "the vases sold out"), or a verb of scalar change ("the group's shares fell 4 per cent"): its subject is what
 * changed, not who changed it (Levin 1993 §§ 1.1.2.1, 45.6), so it names no doer.
 */
export function subjectUndergoes(c: Claim): boolean {
  return objectless(c, ALTERNATING);
}

/** "Group sales rose 2.1 per cent": a verb of scalar change without an object, its subject the thing that changed. */
export function subjectChangesScale(c: Claim): boolean {
  return objectless(c, SCALAR_CHANGE);
}

/** The claim's verb is one of `verbs`, used with neither an object nor a complement. */
function objectless(c: Claim, verbs: ReadonlySet<string>): boolean {
  const p = c.proposition;
  return p.theme === undefined && p.complement === undefined && verbs.has(p.predicate?.lemma.toLowerCase() ?? '');
}

/**
 * "the borough was short of drivers", "the hall remains busy": an adjective after a copula tells a state its subject
 * is in (Quirk et al. 1985 § 10.16, subject complement), so the subject bears the state and does nothing; a participle
 * after "was" is a passive ("was found"), whose doer is its "by" phrase, and an "-ing" form a progressive.
 */
export const subjectHoldsState: (claim: Claim) => boolean = perClaim(readSubjectHoldsState);

function readSubjectHoldsState(c: Claim): boolean {
  const predicate = c.proposition.predicate;
  const word = predicate?.text.toLowerCase();
  const copula = verbGroupBefore(c).at(-1);
  if (!predicate || word === undefined || copula === undefined || !COPULA.has(copula)) return false;
  const passive = /^\s+by\b/i.test(c.text.slice(predicate.span.end - c.span.start));
  return !passive && !/(?:ed|en|ing)$/.test(word) && IRREGULAR_FORM[word] === undefined;
}
