import type { Time } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { SEASONS, SEASONS_NEEDING_YEAR } from '../lexicon/date-cues.js';
import { isoDay } from './calendar.js';

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
export function seasonTimes(text: string, slice: string, offset: number, hasReference: boolean): Time[] {
  const out: Time[] = [];
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
    out.push(year === undefined ? { ...time, yearless: true } : time);
  }
  return out;
}
