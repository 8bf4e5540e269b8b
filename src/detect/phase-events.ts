import type { Claim } from '../model/claim.js';
import { END_VERBS, ONSET_VERBS } from '../lexicon/event-phases.js';
import { contentWordsIn } from '../relate/words.js';

const PHASES: ReadonlySet<string> = new Set([...ONSET_VERBS, ...END_VERBS]);

/** The content lemmas of the phrase an aspectual verb's event is named by: its object, else its subject. */
function eventWords(c: Claim): Set<string> {
  const p = c.proposition;
  return new Set(contentWordsIn(c, p.theme ?? p.actor).map((t) => t.lemma));
}

/**
 * "started rowing at ten" / "finished the regatta": an aspectual verb (Levin 1993 §§ 55.1–55.2) says only
 * that an event began or ended, so two of them oppose only where they name one event. They must share a content word
 * of the event they are told of (the object, or the subject when the event is the subject: "the strike ended"); with
 * nothing shared the two tell the phases of two events.
 */
export function phasesOfOtherEvents(a: Claim, b: Claim): boolean {
  const [la, lb] = [a.proposition.predicate?.lemma, b.proposition.predicate?.lemma];
  if (la === undefined || lb === undefined || !PHASES.has(la) || !PHASES.has(lb)) return false;
  const [wa, wb] = [eventWords(a), eventWords(b)];
  return ![...wa].some((w) => wb.has(w));
}
