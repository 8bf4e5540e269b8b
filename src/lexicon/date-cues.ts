/**
 * Words that signal a calendar date: month and weekday names with their common abbreviations, and the
 * relative day and week expressions of news writing.
 * Sources: the AP Stylebook entries "months", "days of the week" and "yesterday, today, tonight";
 * ISO 8601 for numeric date forms; general English dictionaries.
 */

/** Month names and abbreviations (lower-case) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['jan.', 1], ['february', 2], ['feb', 2], ['feb.', 2], ['march', 3], ['mar.', 3],
  ['april', 4], ['apr', 4], ['apr.', 4], ['may', 5], ['june', 6], ['jun', 6], ['jun.', 6], ['july', 7],
  ['jul', 7], ['jul.', 7], ['august', 8], ['aug', 8], ['aug.', 8], ['september', 9], ['sept', 9], ['sept.', 9],
  ['sep', 9], ['sep.', 9], ['october', 10], ['oct', 10], ['oct.', 10], ['november', 11], ['nov', 11],
  ['nov.', 11], ['december', 12], ['dec', 12], ['dec.', 12],
]);

/** Weekday names and abbreviations (lower-case) → 0 (Sunday) … 6 (Saturday), as `Date#getDay`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun.', 0], ['monday', 1], ['mon.', 1], ['tuesday', 2], ['tue.', 2], ['tues.', 2],
  ['wednesday', 3], ['wed.', 3], ['thursday', 4], ['thu.', 4], ['thurs.', 4], ['friday', 5], ['fri.', 5],
  ['saturday', 6], ['sat.', 6],
]);

/** Single words that name a day or period relative to the reference date. */
export const RELATIVE_DAY_WORDS: readonly string[] = ['yesterday', 'today', 'tomorrow', 'tonight', 'overnight'];

/** Parts of a day that can open a date phrase ("the evening of August 8"); the date is the day after "of". */
export const PARTS_OF_DAY: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'early hours', 'small hours'];

/** Words before "week", "month" or "year" that make a relative period ("last week"). */
export const RELATIVE_PERIOD_MODIFIERS: readonly string[] = ['last', 'next', 'this', 'previous', 'coming'];
export const RELATIVE_PERIODS: readonly string[] = ['week', 'month', 'year', 'weekend'];

/** Words before a bare 4-digit year that make it a date ("in 2024", "since 1991"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'during', 'by', 'until', 'till', 'before', 'after', 'throughout', 'early', 'late', 'mid',
]);

/** Words before a weekday that point forward ("next Friday"): those keep chrono's own resolution. */
export const FORWARD_CUES: ReadonlySet<string> = new Set(['next', 'coming', 'this']);

/**
 * Seasons of the northern hemisphere as [first month, first day, last month, last day]: from the start of the
 * meteorological season (UK Met Office, WMO: spring March–May, summer June–August, autumn September–November) to
 * the end of the astronomical one (the solstice or equinox around the 21st), so either reading of "in the summer"
 * contains the date. Winter runs across the turn of a year and is left out.
 */
export const SEASONS: ReadonlyMap<string, readonly [number, number, number, number]> = new Map([
  ['spring', [3, 1, 6, 21]],
  ['summer', [6, 1, 9, 22]],
  ['autumn', [9, 1, 12, 21]],
  ['fall', [9, 1, 12, 21]],
]);
/** Seasons that are also common verbs or nouns ("prices fall"): read only with a year ("fall 2014", "the fall of 2014"). */
export const SEASONS_NEEDING_YEAR: ReadonlySet<string> = new Set(['fall']);

/**
 * Adverbs of the present moment (Quirk et al. 1985 § 8.54, time-position adjuncts of the present: "now", "at present",
 * "currently"): they say a state holds when the report was written, not when anything began or happened.
 */
export const PRESENT_MOMENT_WORDS: readonly string[] = ['now', 'right now', 'just now', 'currently', 'at present', 'at the moment', 'presently'];

/**
 * Reporting periods named by the month they end in ("the year to March", "the quarter ending in September"), with their
 * length in months: the periods of official statistics ("year ending March 2025") and of company accounts (annual,
 * half-year and quarterly reports).
 */
export const PERIOD_MONTHS: ReadonlyMap<string, number> = new Map([
  ['year', 12], ['financial year', 12], ['fiscal year', 12], ['12 months', 12], ['twelve months', 12], ['nine months', 9],
  ['9 months', 9], ['six months', 6], ['6 months', 6], ['half-year', 6], ['half year', 6], ['quarter', 3],
  ['three months', 3], ['3 months', 3],
]);

