import { nullPrototype } from '../model/records.js';
/**
 * Words around a clock time ("at 9.10 a.m.", "shortly after 10 p.m.", "at 14:30 GMT"). Sources: Quirk et al. 1985,
 * § 9.35 (at + a point of time) and § 8.64 (time prepositions that bound rather than place: before, after, by, until,
 * since); the approximators of § 7.56 used with times ("about", "around", "shortly after"); the time-zone
 * abbreviations of the IANA time-zone database's common English names, plus "local time".
 */

/** Named points of the day, in minutes after midnight. */
export const NAMED_CLOCK_TIMES: Readonly<Record<string, number>> = nullPrototype({ noon: 720, midday: 720, midnight: 0 });

/** Words before a clock time that make it approximate ("about 9 a.m.", "shortly after 10 p.m."). */
export const CLOCK_APPROXIMATORS: readonly string[] = ['about', 'around', 'approximately', 'roughly', 'circa', 'shortly', 'just', 'soon', 'some time', 'sometime'];

/** Prepositions that bound an act by a clock time rather than place it there ("before 9 a.m.", "until midnight"). */
export const CLOCK_BOUNDS: readonly string[] = ['before', 'after', 'by', 'until', 'till', 'since', 'from', 'between', 'to', 'past'];

/** Prepositions after which a bare "HH:MM" is read as a clock time ("at 14:30", not a score "won 2:1"). */
export const CLOCK_PREPOSITIONS: readonly string[] = ['at', 'around', 'about', 'approximately', 'roughly', 'before', 'after', 'by', 'until', 'till', 'since', 'from'];

/** Time zones written after a clock time: a time in one zone is compared only with a time in the same zone. */
export const TIME_ZONES: readonly string[] = [
  'local time', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'msk', 'ist', 'pkt', 'ict', 'wib', 'sgt',
  'hkt', 'jst', 'kst', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'est', 'edt', 'et', 'cst', 'cdt', 'ct', 'mst',
  'mdt', 'mt', 'pst', 'pdt', 'pt', 'sast', 'eat', 'wat', 'cat',
];

/**
 * Parts of the day as stretches of the clock, in minutes after midnight: the Oxford Dictionary of English's senses
 * (morning: "the period of time between midnight and noon, especially from sunrise to noon"; afternoon: "the time from
 * noon or lunchtime to evening"; evening: "the period of time at the end of the day, usually from about 6 p.m. to
 * bedtime"), bounded at sunrise (6 a.m.), noon, 6 p.m. and 10 p.m. "Night" is left out: it spans the evening.
 */
export const PART_OF_DAY_MINUTES: Readonly<Record<string, readonly [number, number]>> = nullPrototype({
  morning: [360, 720],
  afternoon: [720, 1080],
  evening: [1080, 1320],
});

/**
 * The earliest a part of the day may begin where dictionaries disagree on its edge: the evening starts "about 6 p.m."
 * in the Oxford Dictionary of English but "about 5 or 6 p.m." in the Cambridge Dictionary. A clock time between the
 * two edges ("leaves at 5pm" / "on Saturday evening") may be either part, so it clashes with neither.
 */
export const PART_OF_DAY_EARLIEST: Readonly<Record<string, number>> = nullPrototype({ evening: 1020 });
