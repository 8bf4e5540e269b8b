import { WEEKDAYS } from '../lexicon/date-cues.js';
import type { Claim, Time } from '../model/claim.js';
import type { Span } from '../model/span.js';

/**
 * Two dates can be compared: both state (or resolve) their year, or both lack one and carry the placeholder year; and
 * they are not one weekday a week apart, which only the direction guessed for each bare weekday set apart ("will miss
 * Sunday's race" reads forward, "declared fit to race on Sunday" back: extract/time-direction.ts).
 */
export function datesComparable(x: Time, y: Time): boolean {
  return (x.yearless ?? false) === (y.yearless ?? false) && !oneWeekdayAWeekApart(x, y);
}

const DAY_MS = 86_400_000;
/** A bare weekday's words ("Sunday", "Sunday's", "Sunday,"): the day name alone, as it resolves to a single day. */
const BARE_WEEKDAY = /^([A-Z][a-z]+day)(?:['’]s)?[,.]?$/;

/**
 * One date is a bare weekday, resolved relative to a reference date, and the other is one day exactly a week from it
 * (so the same weekday: another bare "Wednesday", or "Wednesday, October 14"): only the direction guessed for the bare
 * weekday sets them apart.
 */
function oneWeekdayAWeekApart(x: Time, y: Time): boolean {
  if (x.from !== x.to || y.from !== y.to || !(bareWeekday(x) || bareWeekday(y))) return false;
  return Math.abs(Date.parse(x.from) - Date.parse(y.from)) === 7 * DAY_MS;
}

/** A weekday named alone ("Sunday", "Sunday's"), resolved relative to a reference date. */
function bareWeekday(t: Time): boolean {
  const day = BARE_WEEKDAY.exec(t.span.text.trim())?.[1];
  return t.relative === true && day !== undefined && WEEKDAYS.has(day.toLowerCase());
}

/** The comparable date pairs of two claims. */
function comparablePairs(a: Claim, b: Claim): [Time, Time][] {
  return a.times.flatMap((x) => b.times.filter((y) => datesComparable(x, y)).map((y) => [x, y] as [Time, Time]));
}

/** Both claims are dated comparably, and no date of one overlaps a comparable date of the other. */
export function datesClash(a: Claim, b: Claim): boolean {
  const pairs = comparablePairs(a, b);
  return pairs.length > 0 && pairs.every(([x, y]) => x.to < y.from || y.to < x.from);
}

/** Some comparable date of one claim shares a day with a date of the other: the two are told of one time. */
export function datesMeet(a: Claim, b: Claim): boolean {
  return comparablePairs(a, b).some(([x, y]) => x.from <= y.to && y.from <= x.to);
}

/** Some comparable date of one claim shares no day with a date of the other ("closes on June 16" … "reopens in July"). */
export function someDifferentDates(a: Claim, b: Claim): boolean {
  return comparablePairs(a, b).some(([x, y]) => x.to < y.from || y.to < x.from);
}

/** A weekday named in a claim's proposition, as a day number 0–6, with its words. */
export interface WeekdayMention { day: number; span: Span }

/**
 * Capitalised weekday names of a claim's proposition ("on Monday", "Tue.", a fronted "On Monday, …"); not where they
 * date its report ("a spokesman said on Monday" dates the report, not the event) or an outer clause ("The saga deepened
 * on Sunday when officials said that …").
 */
export function weekdayMentions(claim: Claim): readonly WeekdayMention[] {
  let found = mentionsByClaim.get(claim);
  if (!found) mentionsByClaim.set(claim, (found = findWeekdayMentions(claim)));
  return found;
}

/** Claims are immutable values: read once per claim, since every candidate pair of an undated claim asks. */
const mentionsByClaim = new WeakMap<Claim, readonly WeekdayMention[]>();

function findWeekdayMentions(claim: Claim): WeekdayMention[] {
  const { text, start } = claim.span;
  const out: WeekdayMention[] = [];
  for (const { day, index, word } of weekdaysIn(text)) {
    const at = start + index;
    if (ofTheProposition(claim, at, at + word.length) && !datesTheReport(claim, at)) out.push({ day, span: { start: at, end: at + word.length, text: word } });
  }
  return out;
}

/** Capitalised weekday names and abbreviations in a text ("Monday", "Tue."), each with its day and offset. */
export function weekdaysIn(text: string): { day: number; index: number; word: string }[] {
  const out: { day: number; index: number; word: string }[] = [];
  for (const m of text.matchAll(WEEKDAY_WORD)) {
    const day = WEEKDAYS.get(m[0].toLowerCase());
    if (day !== undefined) out.push({ day, index: m.index, word: m[0] });
  }
  return out;
}

/** Inside the proposition, or in an adverbial fronted right before it ("On Monday, the storm …"), not in an outer clause. */
function ofTheProposition(claim: Claim, at: number, end: number): boolean {
  const prop = claim.proposition.span;
  if (at >= prop.start && end <= prop.end) return true;
  return end <= prop.start && FRONTED_GAP.test(claim.text.slice(end - claim.span.start, prop.start - claim.span.start));
}
const FRONTED_GAP = /^[\s,]*$/;

/**
 * "said on Monday the storm …": a weekday in the words that date the report (`Attribution.timeSpan`, read by
 * extraction) or inside the holder dates the saying, though it may be read into the proposition. "said Monday's fire
 * destroyed the mill" and "said Monday was the worst day" keep their weekday: extraction leaves those to the clause.
 */
function datesTheReport(claim: Claim, at: number): boolean {
  const { holderSpan: holder, timeSpan: time } = claim.attribution;
  return within(holder, at) || within(time, at);
}

function within(span: Span | undefined, at: number): boolean {
  return span !== undefined && at >= span.start && at < span.end;
}

function weekdaysNamed(claim: Claim): ReadonlySet<number> {
  return new Set(weekdayMentions(claim).map((w) => w.day));
}
const WEEKDAY_WORD = /\b[A-Z][a-z]+day\b|\b(?:Sun|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat)\./g;

/**
 * Two explicit weekdays that no date resolved (neither document has a publication date to count back from): "did not
 * lower the wheels on Monday" / "lowered the wheels on Tuesday" are two occasions, as the two dates they would resolve
 * to are. The same weekday, or a claim that names none, says nothing. A dated document's weekdays resolve, and its
 * dates decide.
 */
export function weekdaysApart(a: Claim, b: Claim): boolean {
  if (a.publishedAt !== undefined || b.publishedAt !== undefined || comparablePairs(a, b).length > 0) return false;
  const [da, db] = [weekdaysNamed(a), weekdaysNamed(b)];
  return da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d));
}
