import { nullPrototype } from '../model/records.js';
// English only: the package root also loads every other locale's parsers (about 0.35 s of CPU at import).
import * as chrono from 'chrono-node/en';
import { isDuration } from './time-lengths.js';
import { withoutCommaFigure } from './comma-figures.js';
import type { Range, TextView } from '../ingest/types.js';
import type { Time } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { buildLexicon, type Lexicon } from '../lexicon/index.js';
import { openingBefore } from './time-openings.js';
import { seasonTimes } from './seasons.js';
import { periodsEndingIn } from './reporting-periods.js';
import { comparisonBase } from './comparison-bases.js';
import { habitualPartOfDay, weekdayOfAKind } from './day-kinds.js';
import { monthOnItsSide } from './month-years.js';
import {
  FORWARD_CUES,
  MONTHS,
  PARTS_OF_DAY,
  SEASONS,
  RELATIVE_DAY_WORDS,
  RELATIVE_PERIOD_MODIFIERS,
  RELATIVE_PERIODS,
  WEEKDAYS,
  YEAR_PREPOSITIONS,
} from '../lexicon/date-cues.js';
import { UNTIL_PREPOSITIONS } from '../lexicon/future-markers.js';
import type { TimeDirection } from './time-direction.js';
import { afterRecurrenceWord } from './quantity-dimensions.js';
import {
  isoDay,
  isWeekend,
  localNoon,
  monthInterval,
  parseReferenceDay,
  shiftMonth,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  weekendInterval,
  weekInterval,
  yearInterval,
  type CalendarDay,
} from './calendar.js';

/**
 * Dates in view[range], resolved against `referenceDate` (its own calendar date, whatever the machine's
 * time zone). Without a reference only dates that state their year are kept. A span is the date phrase
 * without a leading preposition: "May 16, 2025" in "on May 16, 2025", "Tuesday" in "on Tuesday".
 * Weekdays resolve to the most recent such day on or before the reference unless "next"/"coming"/"this"
 * points forward, or the clause's verb group does (`direction`: "will reopen on Friday", "remains closed until
 * Friday": the coming day on or after the reference); "last week" is the Monday–Sunday week before the reference's week.
 */
export function extractTimes(
  doc: TextView,
  range: Range,
  referenceDate?: string,
  lexicon: Pick<Lexicon, 'onsetVerbs'> = buildLexicon(),
  direction: TimeDirection = 'back',
): Time[] {
  const windows = cueWindows(doc.view, range);
  if (windows.length === 0) return [];
  const reference = parseReferenceDay(referenceDate);
  const out: Time[] = [];
  for (const w of windows) {
    const slice = doc.view.slice(w.start, w.end);
    const anchor = localNoon(reference ?? NO_REFERENCE_ANCHOR);
    // Before chrono, which reads "the year to March" as a year: the period ending in that month.
    for (const period of periodsEndingIn(doc.text, slice, w.start, reference)) {
      if (!out.some((t) => overlaps(t.span, period.span))) out.push(withOpening(doc.view, range.start, period, lexicon)!);
    }
    const found = chrono
      .parse(slice, anchor, { forwardDate: false })
      .flatMap((r) => withoutCommaFigure(slice, r, anchor) ?? [])
      .filter((r) => !isDuration(r))
      .flatMap((r) => partOfDayTail(slice, r, anchor));
    for (const { at, result } of found) {
      const time = withOpening(doc.view, range.start, toTime(doc.text, w.start + at, result, reference, direction), lexicon);
      if (time && !out.some((t) => overlaps(t.span, time.span))) out.push(time);
    }
    for (const season of seasonTimes(doc.text, slice, w.start, reference)) {
      const time = withOpening(doc.view, range.start, season, lexicon)!;
      if (!out.some((t) => overlaps(t.span, time.span))) out.push(time);
    }
    for (const year of bareYears(doc.text, slice, w.start)) {
      const time = withOpening(doc.view, range.start, year, lexicon)!;
      if (!out.some((t) => overlaps(t.span, time.span))) out.push(time);
    }
  }
  // "every September", "each Monday": a date after a distributive determiner names when an act recurs, not a date of it.
  return out.filter((t) => !afterRecurrenceWord(doc.view, t.span.start) && !dayOfEveryMonth(doc.view, t.span.end) && !comparisonBase(doc.view, t.span.start)).sort((a, b) => a.span.start - b.span.start);
}


/**
 * "on the first Saturday of each month", "the last Friday of the month": a weekday of every month names when an act
 * recurs (a habitual, Quirk § 4.5), not one date.
 */
const OF_EVERY_MONTH = /^\s+(?:of|in)\s+(?:each|every|the)\s+month\b/i;
function dayOfEveryMonth(view: string, end: number): boolean {
  return OF_EVERY_MONTH.test(view.slice(end, end + 24));
}

// chrono reads "the evening of August 8" as this evening; the day is the date after "of".
const PART_OF_DAY_LEAD = new RegExp(`^(?:the\\s+)?(?:${PARTS_OF_DAY.join('|')})\\s+of\\s+`, 'i');

/** A result opening with "evening of …" is re-read from its date; `at` is where the text it was read from starts. */
function partOfDayTail(slice: string, result: chrono.ParsedResult, anchor: Date): { at: number; result: chrono.ParsedResult }[] {
  const lead = PART_OF_DAY_LEAD.exec(result.text)?.[0].length;
  if (lead === undefined) return [{ at: 0, result }];
  const at = result.index + lead;
  const tail = chrono.parse(slice.slice(at, result.index + result.text.length), anchor, { forwardDate: false })[0];
  return tail && tail.index === 0 ? [{ at, result: tail }] : [];
}

function withOpening(view: string, floor: number, time: Time | undefined, lexicon: Pick<Lexicon, 'onsetVerbs'>): Time | undefined {
  const opens = time && openingBefore(view, time.span.start, floor, lexicon);
  return opens ? { ...time!, opens } : time;
}

/** chrono needs some reference; without one only dates stating their year survive, so any fixed day will do. */
const NO_REFERENCE_ANCHOR: CalendarDay = { year: 2000, month: 1, day: 1 };
/**
 * Without a reference a calendar date with no year ("on Aug. 28", "21 August") is kept with this placeholder year
 * (a leap year, so 29 February exists) and marked yearless: two yearless dates compare by month and day.
 */
const YEARLESS_YEAR = 2000;
/** Characters of context kept on each side of a date cue when chrono reads it. */
const WINDOW = 48;
/** Longest text handed to chrono at once, so a run of date words cannot make one huge parse. */
const MAX_WINDOW = 480;

const alternatives = (words: Iterable<string>) => [...words].map((w) => w.replaceAll('.', '\\.')).join('|');
// One pass with no nested quantifiers: each alternative is a fixed word or a bounded digit pattern.
const DATE_CUE = new RegExp(
  `\\b(?:${alternatives(MONTHS.keys())}|${alternatives(WEEKDAYS.keys())}|${alternatives(RELATIVE_DAY_WORDS)}` +
    `|(?:${alternatives(RELATIVE_PERIOD_MODIFIERS)}) (?:${alternatives(RELATIVE_PERIODS)})|this (?:${alternatives(PARTS_OF_DAY)})` +
    `|${alternatives(SEASONS.keys())}` +
    `|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|(?:19|20)\\d{2})(?![\\w])`,
  'gi',
);
const NAMES = new Set([...MONTHS.keys(), ...WEEKDAYS.keys()]);

/** Ranges around each date cue, merged; month and weekday names count only when capitalised. */
function cueWindows(view: string, range: Range): Range[] {
  const windows: Range[] = [];
  const slice = view.slice(range.start, range.end);
  DATE_CUE.lastIndex = 0;
  for (let m = DATE_CUE.exec(slice); m !== null; m = DATE_CUE.exec(slice)) {
    if (NAMES.has(m[0].toLowerCase()) && !isCapital(m[0])) continue;
    const start = Math.max(range.start, range.start + m.index - WINDOW);
    const end = Math.min(range.end, range.start + m.index + m[0].length + WINDOW);
    const last = windows[windows.length - 1];
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else windows.push({ start: wordStart(view, start, range.start), end });
  }
  return windows;
}

function wordStart(view: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && /\w/.test(view.charAt(i - 1))) i -= 1;
  return i;
}

function isCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|during|until|of|the)\s+/i;
const EXPLICIT_YEAR = /\d{4}|\d{1,2}\/\d{1,2}\/\d{2}\b/;
const RELATIVE_PERIOD = new RegExp(`\\b(${alternatives(RELATIVE_PERIOD_MODIFIERS)}) (${alternatives(RELATIVE_PERIODS)})\\b`, 'i');
const PERIOD_STEP: Readonly<Record<string, number>> = nullPrototype({ last: -1, previous: -1, this: 0, next: 1, coming: 1 });

function toTime(text: string, offset: number, result: chrono.ParsedResult, reference: CalendarDay | undefined, direction: TimeDirection): Time | undefined {
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  // "on Saturday, the first time …": chrono may take the comma after a weekday, which is no part of the date.
  const phrase = withoutTrailingCommas(result.text.slice(lead));
  const firstWord = phrase.split(/[\s,]/, 1)[0]!;
  if (NAMES.has(firstWord.toLowerCase()) && !isCapital(firstWord)) return undefined;
  const explicit = EXPLICIT_YEAR.test(phrase);
  const yearless = !reference && !explicit && result.start.isCertain('month') && !result.start.isCertain('year') && !RELATIVE_DAY.test(phrase);
  if (!reference && !explicit && !yearless) return undefined;
  const start = offset + result.index + lead;
  const span = spanOf(text, start, start + phrase.length);
  const period = reference ? RELATIVE_PERIOD.exec(phrase) : null;
  if (period && reference) return periodTime(period[1]!.toLowerCase(), period[2]!.toLowerCase(), reference, span, direction);
  const s = result.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  if (!known('day') && !known('weekday') && !known('month') && !known('year') && !RELATIVE_DAY.test(phrase)) return undefined;
  if (weekdayOfAKind(text, start, phrase, known('day') || known('month')) || habitualPartOfDay(text, start + phrase.length, phrase)) return undefined;
  const granularity: Time['granularity'] = known('hour') ? 'time' : known('day') || known('weekday') || RELATIVE_DAY.test(phrase) ? 'day' : known('month') ? 'month' : 'year';
  const forward = direction === 'forward' || (direction === 'present' && UNTIL_BEFORE.test(text.slice(Math.max(0, start - UNTIL_REACH), start)));
  let [exact, to] = interval(result, granularity, reference, phrase, yearless, forward);
  const monthNamed = !explicit && reference !== undefined && known('month') && !RELATIVE_DAY.test(phrase);
  if (monthNamed) [exact, to] = monthOnItsSide(text, start, exact, to, reference, forward);
  const from = END_OF_MONTH.test(phrase) ? { ...to, day: Math.min(to.day, LAST_DEKAD_START) } : exact;
  if (yearless) return { from: isoDay(from), to: isoDay(to), granularity, relative: false, yearless: true, span };
  return { from: isoDay(from), to: isoDay(to), granularity, relative: !explicit, span };
}

/**
 * "the end of August": chrono reads the month's last day, but the phrase names a stretch of it. It is taken as the
 * month's last dekad, the ten-day period from the 21st (WMO's climatological dekads: days 1–10, 11–20, 21–end).
 */
const END_OF_MONTH = new RegExp(`^(?:the\\s+)?end of (?:${[...MONTHS.keys()].map((m) => m.replace('.', '\\.')).join('|')})\\b`, 'i');
const LAST_DEKAD_START = 21;

// "this morning", "this evening": a part of the reference's own day (AP Stylebook, "today, tonight").
const RELATIVE_DAY = new RegExp(`\\b(?:${alternatives(RELATIVE_DAY_WORDS)}|this (?:${alternatives(PARTS_OF_DAY)}))\\b`, 'i');

/** "until Friday", "till Monday": the preposition (with its space) right before a date phrase. */
const UNTIL_BEFORE = new RegExp(`\\b(?:${UNTIL_PREPOSITIONS.join('|')})\\s+$`, 'i');
/** Characters before a date phrase searched for "until". */
const UNTIL_REACH = 8;

function interval(
  result: chrono.ParsedResult,
  granularity: Time['granularity'],
  reference: CalendarDay | undefined,
  phrase: string,
  yearless = false,
  forward = false,
): [CalendarDay, CalendarDay] {
  const s = result.start;
  const year = yearless ? YEARLESS_YEAR : s.get('year')!;
  const month = s.get('month')!;
  if (granularity === 'year') return yearInterval(year);
  if (granularity === 'month') return monthInterval(year, month);
  let from: CalendarDay = { year, month, day: s.get('day')! };
  const weekday = s.get('weekday');
  if (reference && weekday !== null && !s.isCertain('day') && !pointsForward(phrase)) {
    from = forward ? weekdayOnOrAfter(reference, weekday) : weekdayOnOrBefore(reference, weekday);
  }
  const e = result.end;
  const to: CalendarDay = e ? { year: yearless ? YEARLESS_YEAR : e.get('year')!, month: e.get('month')!, day: e.get('day')! } : from;
  return [from, to];
}

function withoutTrailingCommas(phrase: string): string {
  let end = phrase.length;
  while (end > 0 && (phrase[end - 1] === ',' || phrase[end - 1] === ' ')) end -= 1;
  return phrase.slice(0, end);
}

function pointsForward(phrase: string): boolean {
  const first = phrase.split(/\s/, 1)[0]!.toLowerCase();
  return FORWARD_CUES.has(first);
}

/**
 * "last week", "next month", "this year", "last weekend": whole periods around the reference. "This weekend" is
 * deictic (Quirk et al. 1985 § 5.52): told in past time on a weekday it is the weekend just gone ("crowds came this
 * weekend", said on Monday), otherwise the weekend of the reference's week.
 */
function periodTime(modifier: string, period: string, reference: CalendarDay, span: Time['span'], direction: TimeDirection): Time {
  const pastWeekend = period === 'weekend' && modifier === 'this' && direction === 'back' && !isWeekend(reference);
  const step = pastWeekend ? -1 : PERIOD_STEP[modifier] ?? 0;
  const [from, to] =
    period === 'week' ? weekInterval(reference, step)
    : period === 'weekend' ? weekendInterval(reference, step)
    : period === 'month' ? monthOf(shiftMonth(reference.year, reference.month, step))
    : yearInterval(reference.year + step);
  const granularity: Time['granularity'] = period === 'month' ? 'month' : period === 'year' ? 'year' : 'day';
  return { from: isoDay(from), to: isoDay(to), granularity, relative: true, span };
}

function monthOf(m: { year: number; month: number }): [CalendarDay, CalendarDay] {
  return monthInterval(m.year, m.month);
}

// A year after a preposition ("in 2024", "since 1991"), which chrono leaves alone.
const BARE_YEAR = new RegExp(`\\b(?:${alternatives(YEAR_PREPOSITIONS)})[ -]((?:19|20)\\d{2})(?![\\w-])`, 'gi');
const YEAR_DIGITS = 4;

function bareYears(text: string, slice: string, offset: number): Time[] {
  const out: Time[] = [];
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(slice); m !== null; m = BARE_YEAR.exec(slice)) {
    const start = offset + m.index + m[0].length - YEAR_DIGITS;
    const [from, to] = yearInterval(Number(m[1]));
    out.push({ from: isoDay(from), to: isoDay(to), granularity: 'year', relative: false, span: spanOf(text, start, start + YEAR_DIGITS) });
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
