import type { Time } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { SEASONS, SEASONS_NEEDING_YEAR } from '../lexicon/date-cues.js';
import { DEFINITE_DETERMINERS, DESCRIPTION_DETERMINERS } from '../lexicon/grammar-words.js';
import { isoDay, type CalendarDay } from './calendar.js';

const NAMES = [...SEASONS.keys()].join('|');
/** "the summer of 2013", "autumn 2014", "in the spring", "until the autumn": a season with its year, or after a preposition. */
const SEASON = new RegExp(`\\b(?:(?:in|during|until|till|by|since|before|after|through)\\s+)?(?:the\\s+)?(${NAMES})(?:(?:\\s+of)?\\s+((?:19|20)\\d{2}))?(?![\\w-])`, 'gi');
const PREPOSITION_OR_THE = /^(?:\w+\s+)?the\s|^(?:in|during|until|till|by|since|before|after|through)\s/i;
/** Placeholder year of dates that state none, as times.ts marks them (a leap year). */
const YEARLESS_YEAR = 2000;

/**
 * Seasons named in `slice` (which starts at `offset` of `text`) as dates: with a year, that season of the year;
 * without one, only when no reference date is given, marked yearless as a month without a year is. A bare season word
 * needs a preposition or "the" before it ("in spring", "the summer"); "fall" needs both that and a year.
 */
export function seasonTimes(text: string, slice: string, offset: number, reference: CalendarDay | undefined): Time[] {
  const out: Time[] = relativeSeasons(text, slice, offset, reference);
  const hasReference = reference !== undefined;
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(slice); m !== null; m = SEASON.exec(slice)) {
    const name = m[1]!.toLowerCase();
    const year = m[2] === undefined ? undefined : Number(m[2]);
    const introduced = PREPOSITION_OR_THE.test(m[0]);
    if (SEASONS_NEEDING_YEAR.has(name) && (year === undefined || !introduced)) continue;
    if (year === undefined && (hasReference || !introduced)) continue;
    const [m1, d1, m2, d2] = SEASONS.get(name)!;
    const y = year ?? YEARLESS_YEAR;
    // The span is the season phrase without its preposition or article, as other dates' spans are.
    const start = offset + m.index + m[0].toLowerCase().indexOf(name);
    const span = spanOf(text, start, offset + m.index + m[0].length);
    const time: Time = { from: isoDay({ year: y, month: m1, day: d1 }), to: isoDay({ year: y, month: m2, day: d2 }), granularity: 'month', relative: false, span };
    if (!out.some((t) => t.span.start <= span.start && span.end <= t.span.end)) out.push(year === undefined ? { ...time, yearless: true } : time);
  }
  return out;
}

/** Determiners after which "last" orders things ("the last summer fair") rather than placing a season. */
const DETERMINERS: ReadonlySet<string> = new Set([...DESCRIPTION_DETERMINERS, ...DEFINITE_DETERMINERS]);
/** "last summer", "this spring", "next autumn": a season placed by the reference day. */
const RELATIVE_SEASON = new RegExp(`\\b(this|last|next)\\s+(${NAMES})(?![\\w-])`, 'gi');

/**
 * A season named relative to the reference day (Quirk et al. 1985 § 8.55, deictic time adjuncts): "this" is the
 * reference's own year; "last" the latest such season that has ended by the reference day; "next" the first that has
 * not begun. Not without a reference, and not "fall", which needs a year.
 */
function relativeSeasons(text: string, slice: string, offset: number, reference: CalendarDay | undefined): Time[] {
  if (reference === undefined) return [];
  const out: Time[] = [];
  RELATIVE_SEASON.lastIndex = 0;
  for (let m = RELATIVE_SEASON.exec(slice); m !== null; m = RELATIVE_SEASON.exec(slice)) {
    const [which, name] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    // "the last summer fair": after a determiner "last" orders things, it places no season.
    if (SEASONS_NEEDING_YEAR.has(name) || DETERMINERS.has(slice.slice(0, m.index).trimEnd().split(/\s+/).at(-1)?.toLowerCase() ?? '')) continue;
    const [m1, d1, m2, d2] = SEASONS.get(name)!;
    const at = (month: number, day: number) => reference.month * 100 + reference.day >= month * 100 + day;
    const year = which === 'this' ? reference.year : which === 'last' ? (at(m2, d2) ? reference.year : reference.year - 1) : at(m1, d1) ? reference.year + 1 : reference.year;
    const span = spanOf(text, offset + m.index, offset + m.index + m[0].length);
    out.push({ from: isoDay({ year, month: m1, day: d1 }), to: isoDay({ year, month: m2, day: d2 }), granularity: 'month', relative: true, span });
  }
  return out;
}
