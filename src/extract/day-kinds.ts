import { PARTS_OF_DAY } from '../lexicon/date-cues.js';

/**
 * A weekday after "a", "an", "every" or "each" (perhaps with one modifier: "an extra Saturday service") names a kind of
 * day, not a date: a proper noun with an indefinite or distributive determiner is used as a common noun (Quirk et al.
 * 1985 § 5.68); so it does after a possessive determiner ("our Tuesday walks", "its Sunday service").
 */
const KIND_DETERMINER_BEFORE = /\b(?:a|an|every|each|our|their|its|his|her|my|your)\s+(?:[a-z]+\s+)?$/i;
/** Characters before a weekday searched for its determiner. */
const KIND_DETERMINER_REACH = 24;
const BARE_WEEKDAY_PHRASE = /^[A-Z][a-z]+day$/;

/** `dated`: the phrase also gives a day of the month or a month ("Saturday, May 3"), which makes it a date. */
export function weekdayOfAKind(text: string, start: number, phrase: string, dated: boolean): boolean {
  if (!BARE_WEEKDAY_PHRASE.test(phrase) || dated) return false;
  return KIND_DETERMINER_BEFORE.test(text.slice(Math.max(0, start - KIND_DETERMINER_REACH), start));
}

/**
 * "on Saturday afternoons", "on Tuesday evenings": a weekday before a plural part of the day names a recurring time,
 * every such afternoon (Quirk et al. 1985 § 9.40, "on Sunday mornings" as habitual), not a date.
 */
const PLURAL_PART_OF_DAY = new RegExp(`^\\s+(?:${PARTS_OF_DAY.filter((p) => !p.includes(' ')).map((p) => `${p}s`).join('|')})\\b`, 'i');
export function habitualPartOfDay(text: string, end: number, phrase: string): boolean {
  // "on weekday evenings": "weekday" names a kind of day, never one day.
  return /^weekdays?$/i.test(phrase) || (BARE_WEEKDAY_PHRASE.test(phrase) && PLURAL_PART_OF_DAY.test(text.slice(end, end + 12)));
}
