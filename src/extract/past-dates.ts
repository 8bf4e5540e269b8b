import { MONTHS } from '../lexicon/date-cues.js';
import type { Time } from '../model/claim.js';
import { isoDay, type CalendarDay } from './calendar.js';

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.keys());
/** A year written in the phrase ("January 2027", "2 Dec 25"): the date says where it lies, nothing is moved. */
const WRITTEN_YEAR = /\b\d{4}\b|['’]\d{2}\b/;

/** A date after these is a target or bound the act sets (Quirk et al. 1985 § 8.64), not when the act happened. */
const TARGET_BEFORE = /\b(?:until|till|to|for|by|before|from|next|this|coming)\s+(?:the\s+)?$/i;
const TARGET_REACH = 16;

/**
 * "The pool closed in January", written in October: a month or a calendar date without a year that tells a past act
 * (a past-tense verb) lies on or before the report, so it is the last such month or day, not the next one the nearest
 * reading gives (as a past weekday is the last such weekday). Dates already behind the report stay as they are.
 */
export function behindReport(time: Time, reference: CalendarDay | undefined, text: string): Time {
  // "was postponed until June 5", "was moved to June 5": a past act may set a date still to come.
  if (TARGET_BEFORE.test(text.slice(Math.max(0, time.span.start - TARGET_REACH), time.span.start))) return time;
  if (!reference || !time.relative || time.yearless || (time.granularity !== 'month' && time.granularity !== 'day')) return time;
  const words = time.span.text.toLowerCase().split(/[\s,]+/);
  if (!words.some((w) => MONTH_WORDS.has(w)) || WRITTEN_YEAR.test(time.span.text)) return time;
  if (time.from <= isoDay(reference)) return time;
  return { ...time, from: yearEarlier(time.from), to: yearEarlier(time.to) };
}

/** The same ISO day a year earlier; 29 February becomes 28 February. */
function yearEarlier(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  const rest = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${String(year).padStart(4, '0')}${rest}`;
}
