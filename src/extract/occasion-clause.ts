import type { Claim, Place } from '../model/claim.js';
import { OCCASION_SUBORDINATORS } from '../lexicon/clause-cues.js';
import { OUTCOME_FRAMES } from '../lexicon/event-frames.js';
import { stem } from './keys.js';

/** Outcomes of harm (FrameNet 1.7 Death, Killing, Experience_bodily_harm, hospitalisation, illness) befall people where the incident was. */
const HARM_OUTCOMES: ReadonlySet<string> = new Set(['death', 'injury', 'hospitalisation', 'illness'].flatMap((frame) => OUTCOME_FRAMES[frame] ?? []));

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * "Nine passengers were killed when a coach overturned near Tula on Sunday": a time clause of simultaneity or
 * sequence (Quirk § 15.25, lexicon/clause-cues.ts OCCASION_SUBORDINATORS) tells the occasion of the main clause's act.
 * A main clause with neither a place nor a date of its own takes the clause's places, and the keys those name, so two reports of one
 * occasion told around different verbs ("four people died after a coach overturned near Tula") are compared. Its dates stay with
 * the clause: two reports often disagree on the day of one incident ("capsized on Monday" / "on Tuesday"), and a
 * date on each main clause would make their tolls two events' tolls. A clause of sequence ("after") tells the
 * occasion only of an outcome of harm, which befalls people where the incident was: an act done after an event ("was
 * arrested after a fire destroyed the hall") has a place of its own.
 */
export function withOccasionOf(main: Claim, clause: Claim, relation: 'simultaneous' | 'sequence'): Claim {
  if (relation === 'sequence' && !HARM_OUTCOMES.has(main.proposition.predicate?.lemma.toLowerCase() ?? '')) return main;
  // A main clause dated on its own ("began at 6 p.m. on June 3, when a substation in Porto caught fire") tells its own
  // occasion: the clause's place may be only where the clause's event was.
  if (main.places.length > 0 || main.times.length > 0 || clause.places.length === 0) return main;
  const named = new Set(clause.places.flatMap((x) => (x.span.text.toLowerCase().match(WORD) ?? []).map((w) => stem(w))));
  const have = new Set(main.keys);
  const keys = clause.keys.filter((k) => named.has(k) && !have.has(k));
  return { ...main, places: clause.places, keys: [...main.keys, ...keys] };
}

const OCCASION_OPENER = new RegExp(`\\b(?:${OCCASION_SUBORDINATORS.join('|')})\\b`, 'i');

/**
 * The place stands in a time clause after the claim's predicate ("died when a bus crashed in Leeds"): the main clause
 * took it as its occasion (withOccasionOf), and the clause's own claim, with its own act, is where it is compared.
 */
export function placedByOccasion(c: Claim, p: Place): boolean {
  const verb = c.proposition.predicate?.span;
  if (verb === undefined || p.span.start < verb.end || p.span.start > c.span.end) return false;
  return OCCASION_OPENER.test(c.text.slice(verb.end - c.span.start, p.span.start - c.span.start));
}
