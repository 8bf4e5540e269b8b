/** Quantities whose context makes them another dimension than their unit says: a recurrence period, a proportion. */
import type { Quantity } from '../model/claim.js';
import type { TextView } from '../ingest/types.js';
import { numberWordsUpTo } from '../lexicon/number-words.js';

/** Words that make a following duration the period of a repeated act: "every two weeks", "once every three years". */
const RECURRENCE_WORDS = /\b(?:every|each)\s+$/i;
/** How far back from a duration the recurrence word may stand. */
const REACH = 8;

/**
 * "you can donate every two weeks": a duration after "every" is how often an act recurs (a frequency adjunct, Quirk
 * et al. 1985 § 8.64), not how long it lasts; it is marked dimension 'recurrence', so it is compared only with another
 * recurrence period ("every three weeks"), never with a duration ("takes about 90 minutes").
 */
export function markRecurrence(doc: TextView, found: readonly Quantity[]): Quantity[] {
  return found.map((q) => (q.dimension === 'duration' && afterRecurrenceWord(doc.view, q.span.start) ? { ...q, dimension: 'recurrence' } : q));
}

/** "every" or "each" stands right before `start` ("every two weeks", "every September"). */
export function afterRecurrenceWord(view: string, start: number): boolean {
  return RECURRENCE_WORDS.test(view.slice(Math.max(0, start - REACH), start));
}

/** "won by less than a minute", "delayed by two hours": "by" right before a duration marks a difference. */
const MARGIN_BEFORE = /\bby\s+$/i;
/** "with 11 minutes to spare", "two seconds ahead of the champion": the time left over or between, not the time taken. */
const MARGIN_AFTER = /^\s+(?:to\s+spare|ahead|behind|clear\s+of)\b/i;
const MARGIN_REACH = 12;

/**
 * "took the title by less than a minute", "with 11 minutes to spare", "two seconds ahead of": a duration after "by" or
 * before "to spare", "ahead", "behind" or "clear of" is a margin, a difference between two times (Quirk et al. 1985 § 9.58, "by" of measure), not how long the act took; it is
 * marked dimension 'margin', compared only with another margin ("won by two minutes" / "by ten seconds"). So is a
 * count with its noun before "up", "down", "ahead", "behind" or "clear" ("11 points up"): a lead, not a score.
 */
export function markMargins(doc: TextView, found: readonly Quantity[]): Quantity[] {
  return found.map((q) => ((q.dimension === 'duration' && isMargin(doc.view, q)) || isLead(doc.view, q) ? { ...q, dimension: 'margin' } : q));
}

/** "11 points up", "two goals down", "three shots clear": a count with its noun, then a word of lead. */
const LEAD_AFTER = /^\s+(?:up|down|ahead|behind|clear)\b/i;

/** A counted score followed by a word of lead is the difference between two scores, not a score. */
function isLead(view: string, q: Quantity): boolean {
  return q.dimension === 'count' && q.noun !== undefined && LEAD_AFTER.test(view.slice(q.span.end, q.span.end + MARGIN_REACH));
}

function isMargin(view: string, q: Quantity): boolean {
  return MARGIN_BEFORE.test(view.slice(Math.max(0, q.span.start - MARGIN_REACH), q.span.start)) || MARGIN_AFTER.test(view.slice(q.span.end, q.span.end + MARGIN_REACH));
}

/** "the last ten minutes", "the past five years", "the first two days": an ordinal or "last" / "past" / "next" before a duration. */
const WINDOW_BEFORE = /\b(?:last|first|final|past|next|opening|closing)\s+$/i;
const WINDOW_REACH = 10;

/**
 * "no drinks are sold in the last ten minutes before arrival", "over the past five years": a duration after "last",
 * "past", "first" or the like names a stretch of time that locates the act (Quirk et al. 1985 § 8.55, time-position
 * adjuncts), not how long the act takes; it is marked dimension 'window', compared only with another window.
 */
export function markWindows(doc: TextView, found: readonly Quantity[]): Quantity[] {
  return found.map((q) => (q.dimension === 'duration' && isWindow(doc.view, q) ? { ...q, dimension: 'window' } : q));
}

function isWindow(view: string, q: Quantity): boolean {
  return WINDOW_BEFORE.test(view.slice(Math.max(0, q.span.start - WINDOW_REACH), q.span.start));
}

/** "one in seven", "two out of three": a share written as a proportion, before its second number. */
const PROPORTION_BEFORE = new RegExp(`\\b(?:a|${numberWordsUpTo(5).join('|')}|\\d+)\\s+(?:in|out\\s+of)\\s+$`, 'i');

/**
 * "about one in seven would not start": the number after "one in" is the size of a proportion, not a count of seven
 * things; it is marked dimension 'proportion', compared only with another proportion.
 */
export function markProportions(doc: TextView, found: readonly Quantity[]): Quantity[] {
  return found.map((q) => (q.dimension === 'count' && (proportionBefore(doc.view, q) || proportionAfter(doc.view, q)) ? { ...q, dimension: 'proportion' } : q));
}

function proportionBefore(view: string, q: Quantity): boolean {
  return PROPORTION_BEFORE.test(view.slice(Math.max(0, q.span.start - PROPORTION_REACH), q.span.start));
}

function proportionAfter(view: string, q: Quantity): boolean {
  return PROPORTION_AFTER.test(view.slice(q.span.end, q.span.end + PROPORTION_REACH));
}

/** The first number of a proportion: "two" in "two out of three voters". */
const PROPORTION_AFTER = new RegExp(`^\\s+(?:in|out\\s+of)\\s+(?:\\d+|${numberWordsUpTo(10).join('|')})\\b`, 'i');
const PROPORTION_REACH = 16;
