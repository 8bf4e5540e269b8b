import { AWARENESS_VERBS, MAKING_KNOWN_VERBS } from '../lexicon/awareness-verbs.js';
import { END_VERBS, ONSET_VERBS } from '../lexicon/event-phases.js';
import { SEQUENCE_COUNTS, SEQUENCE_RELATIONS, SEQUENCE_UNITS } from '../lexicon/sequence-cues.js';
import { numberWordsUpTo } from '../lexicon/number-words.js';
import type { Claim } from '../model/claim.js';
import { alignedEvent, sameState, type AlignedEvent, type EventLexicon } from './event-identity.js';

/**
 * Two reports' leads (extract/leads.ts) that share a participant tell one story's main event, in whatever words each
 * outlet chose ("A rock fall trapped nine miners at the Santa Ana mine on Thursday" / "The gallery at the Santa Ana
 * mine caved in on Wednesday night"): a lead states the event the report is about, so two leads anchored on one
 * specific participant (not a word for people in general) speak of one event, and its date, place and figures can
 * clash. Both must hold the event alike (neither negated nor pending against the other), neither may set its event a
 * stated time from another ("lost the final on Sunday, a day after his semi-final win": a sequence of two events),
 * the finding out of an event is not the event ("robbers tunnelled in on Saturday" / "it was not discovered until
 * Monday", unless both tell a finding: "discovered on January 3" / "first spotted on December 29"), and the gates that set two events apart (other participants, themes, subjects, numbered things, occasions) still
 * apply.
 */
export function leadsOfOneStory(a: Claim, b: Claim, lexicon: EventLexicon, aligned?: AlignedEvent): boolean {
  if (a.lead !== true || b.lead !== true || a.documentId === b.documentId || !sameState(a, b)) return false;
  if (toldInSequence(a) || toldInSequence(b) || awareOfOneOnly(a, b)) return false;
  // The anchor is looked for from each side (a word for people in general on one side is no anchor), so the answer
  // does not depend on which report came first. A caller that aligned (a, b) already passes that alignment.
  return (aligned ?? alignedEvent(a, b, lexicon)).anchor !== undefined && alignedEvent(b, a, lexicon).anchor !== undefined;
}

const COUNT = `(?:\\d+|${[...SEQUENCE_COUNTS, ...numberWordsUpTo(10)].join('|')})`;
const UNIT = `(?:${SEQUENCE_UNITS.join('|')})s?`;
/** "three days after", "a week before", "two days later" (lexicon/sequence-cues.ts). */
const ANCHORED_DURATION = new RegExp(`\\b${COUNT}(?:-|\\s+)${UNIT}\\s+(?:${SEQUENCE_RELATIONS.join('|')})\\b`, 'i');

/** The claim dates its event by a stated duration from another event. */
export function toldInSequence(c: Claim): boolean {
  return ANCHORED_DURATION.test(c.text);
}

const AWARENESS: ReadonlySet<string> = new Set(AWARENESS_VERBS);
const findsOut = (c: Claim) => AWARENESS.has(c.proposition.predicate?.lemma.toLowerCase() ?? '');
/** One claim tells that an event was found out (lexicon/awareness-verbs.ts), the other does not. */
const awareOfOneOnly = (a: Claim, b: Claim) => findsOut(a) !== findsOut(b);

const MAKING_KNOWN: ReadonlySet<string> = new Set(MAKING_KNOWN_VERBS);
const makesKnown = (c: Claim) => MAKING_KNOWN.has(c.proposition.predicate?.lemma.toLowerCase() ?? '');
/**
 * Whether two leads' dates can date one event: not when one lead tells the news being given (lexicon/awareness-verbs.ts
 * MAKING_KNOWN_VERBS) and the other the event itself, whose dates differ as a rule; nor when one dates the event's start
 * or end and the other another of its times.
 */
export const leadDatesComparable = (a: Claim, b: Claim) => makesKnown(a) === makesKnown(b) && phaseOf(a) === phaseOf(b);

const ONSET: ReadonlySet<string> = new Set(ONSET_VERBS);
const END: ReadonlySet<string> = new Set(END_VERBS);
/**
 * The boundary of its event a lead dates (lexicon/event-phases.ts, Levin § 55.1–55.2): its start, its end, or the
 * event itself. "The festival drew crowds on Saturday" / "The festival ended on Sunday" date two times of one story.
 */
function phaseOf(c: Claim): 'onset' | 'end' | 'event' {
  const lemma = c.proposition.predicate?.lemma.toLowerCase() ?? '';
  return ONSET.has(lemma) ? 'onset' : END.has(lemma) ? 'end' : 'event';
}
