import { CONSEQUENCE_VERBS } from '../lexicon/clause-cues.js';
import { RELATIVE_PRONOUNS } from '../lexicon/grammar-words.js';
import { isFinite } from './clause-parts.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';

const CONSEQUENCE: ReadonlySet<string> = new Set(CONSEQUENCE_VERBS);
const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
/** Speakers whose "mean" is intending or saying ("I mean", "we meant to"), never a consequence. */
const SPEAKERS: ReadonlySet<string> = new Set(['i', 'you', 'we']);
/** How far after the verb (and "that") the consequence clause's own finite verb may stand. */
const SUBJECT_REACH = 7;

/**
 * "Rising costs mean the toilets will no longer be free", "Budget cuts have meant that the library opens …": a verb of
 * consequence whose subject names a cause and whose complement is a finite clause (the OED's "mean": to have as a
 * consequence) asserts that clause; its subject is no holder and says nothing of its own. The clause's terms,
 * from its subject on; null when the terms have no such verb ("meant the loss of 20 jobs" has a noun phrase object).
 */
export function consequenceClause(terms: readonly Term[]): Term[] | null {
  const at = terms.findIndex((t, k) => k > 0 && CONSEQUENCE.has(t.root) && hasTag(t, 'Verb') && finiteGroup(terms, k));
  if (at < 0 || !causeBefore(terms, at)) return null;
  const from = terms[at + 1]?.lower === 'that' ? at + 2 : at + 1;
  const subject = terms[from];
  if (!subject || !(isNominal(subject) || hasTag(subject, 'Determiner') || hasTag(subject, 'Possessive') || hasTag(subject, 'Value'))) return null;
  for (let k = from + 1; k < Math.min(terms.length, from + 1 + SUBJECT_REACH); k++) {
    if (isFinite(terms, k) && !isNominal(terms[k]!)) return terms.slice(from);
    // "meant the loss of jobs that were …": a relative clause's verb is no verb of a clause after "mean".
    if (terms[k]!.commaAfter || RELATIVE.has(terms[k]!.lower)) return null;
  }
  return null;
}

/** The verb is finite itself or after a modal or perfect auxiliary ("will mean", "has meant"). */
function finiteGroup(terms: readonly Term[], k: number): boolean {
  return isFinite(terms, k) || hasTag(terms[k - 1], 'Auxiliary') || hasTag(terms[k - 1], 'Modal');
}

/** Before the verb: a noun phrase (auxiliaries aside) that is no speaker ("I mean …"). */
function causeBefore(terms: readonly Term[], at: number): boolean {
  const before = terms.slice(0, at).filter((t) => !hasTag(t, 'Auxiliary') && !hasTag(t, 'Modal'));
  if (before.length === 0 || before.some((t) => t.commaAfter)) return false;
  if (before.length === 1 && SPEAKERS.has(before[0]!.lower)) return false;
  return before.some(isNominal);
}
