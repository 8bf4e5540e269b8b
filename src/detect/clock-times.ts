import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { CLOCK_APPROXIMATORS, CLOCK_BOUNDS, CLOCK_PREPOSITIONS, NAMED_CLOCK_TIMES, PART_OF_DAY_EARLIEST, PART_OF_DAY_MINUTES, TIME_ZONES } from '../lexicon/clock-words.js';

/** A clock time that places the claim's act: minutes after midnight, whether approximate, its zone, and its words. */
export interface ClockMention {
  minutes: number;
  /** "9:30" without a.m. or p.m.: it may also be 21:30. */
  twelveHourAmbiguous: boolean;
  approximate: boolean;
  zone: string | undefined;
  span: Span;
  /** For a part of the day ("Sunday afternoon"): half its length in minutes, `minutes` being its middle. */
  halfWidth?: number;
  /** For a part of the day whose start dictionaries set apart: the earliest it may begin (lexicon PART_OF_DAY_EARLIEST). */
  earliest?: number;
}

/** Two exact clock times of one act this many minutes apart or less may both be right (rounding, "about"). */
export const CLOCK_SLACK_MINUTES = 30;
/** The slack when either time is approximate ("about 9 a.m.", "shortly after 10 p.m."). */
export const CLOCK_APPROXIMATE_SLACK_MINUTES = 60;
const MINUTES_PER_DAY = 1440;
const NOON_HOUR = 12;
const MINUTES_PER_HOUR = 60;

const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const MERIDIEM = /^(?:a\.?\s?m\.?|p\.?\s?m\.?)$/i;
const CLOCK = new RegExp(
  `\\b(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)(?![\\p{L}])|(\\d{1,2}):(\\d{2})(?![\\d:])|(${Object.keys(NAMED_CLOCK_TIMES).join('|')}))`,
  'giu',
);
const ZONE_AFTER = new RegExp(`^\\s*(?:\\(\\s*)?(${words(TIME_ZONES)})\\b`, 'i');
const PREPOSITION_BEFORE = new RegExp(`\\b(${words(CLOCK_PREPOSITIONS)})\\s+$`, 'i');
const BOUND_BEFORE = new RegExp(`\\b(${words(CLOCK_BOUNDS)})\\s+(?:about\\s+|around\\s+)?$`, 'i');
const APPROXIMATE_BEFORE = new RegExp(`\\b(?:${words(CLOCK_APPROXIMATORS)})(?:\\s+(?:before|after|past|gone))?\\s+(?:at\\s+)?$`, 'i');
/** "between 9 and 10 a.m.", "from 9 a.m. to 5 p.m.": a range, which bounds rather than places. */
const RANGE_AFTER = /^\s*(?:-|–|to|and|until|till)\s+\d/i;

const byClaim = new WeakMap<Claim, readonly ClockMention[]>();

/** The clock times of a claim's proposition, read once per claim; bounds ("before 9 a.m.") and ranges are left out. */
export function clockMentions(claim: Claim): readonly ClockMention[] {
  let found = byClaim.get(claim);
  if (!found) byClaim.set(claim, (found = findClockMentions(claim)));
  return found;
}

function findClockMentions(claim: Claim): ClockMention[] {
  return [...clockMentionsIn(claim.proposition.span), ...partsOfDayIn(claim.proposition.span)];
}

/** "on Sunday afternoon", "this morning", "yesterday evening": a part of the day after a day's name places the act in it. */
const PART_OF_DAY = new RegExp(`\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|this|that|yesterday|tomorrow|on\\s+the|in\\s+the)\\s+(${Object.keys(PART_OF_DAY_MINUTES).join('|')})\\b`, 'gi');

/** The parts of the day a span names, each as the middle of its stretch with half its length. */
function partsOfDayIn(span: Span): ClockMention[] {
  const out: ClockMention[] = [];
  for (const m of span.text.matchAll(PART_OF_DAY)) {
    const part = m[1]!.toLowerCase();
    const [from, to] = PART_OF_DAY_MINUTES[part]!;
    const at = span.start + m.index + m[0].length - m[1]!.length;
    const earliest = PART_OF_DAY_EARLIEST[part];
    const mention: ClockMention = { minutes: (from + to) / 2, halfWidth: (to - from) / 2, twelveHourAmbiguous: false, approximate: false, zone: undefined, span: { start: at, end: at + m[1]!.length, text: m[1]! } };
    out.push(earliest === undefined ? mention : { ...mention, earliest });
  }
  return out;
}

/** The clock times written in one span of text ("at 3 p.m.", "shortly after 9:30 GMT"); bounds and ranges left out. */
export function clockMentionsIn(span: Span): ClockMention[] {
  const { text, start } = span;
  const out: ClockMention[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const shortly = APPROXIMATE_BEFORE.test(before);
    if ((BOUND_BEFORE.test(before) && !shortly) || RANGE_AFTER.test(after)) continue;
    const reading = readClock(m);
    if (reading === undefined) continue;
    // A bare "HH:MM" is a clock time only after a time preposition or before a zone: "won 2:1" is a score.
    const zone = ZONE_AFTER.exec(after)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (reading.bare && !PREPOSITION_BEFORE.test(before) && zone === undefined) continue;
    const at = start + m.index;
    out.push({
      minutes: reading.minutes,
      twelveHourAmbiguous: reading.ambiguous,
      approximate: shortly,
      zone: zone === 'local time' ? undefined : zone,
      span: { start: at, end: at + m[0].length, text: m[0] },
    });
  }
  return out;
}

function readClock(m: RegExpMatchArray): { minutes: number; ambiguous: boolean; bare: boolean } | undefined {
  if (m[6] !== undefined) return { minutes: NAMED_CLOCK_TIMES[m[6].toLowerCase()]!, ambiguous: false, bare: false };
  if (m[3] !== undefined && MERIDIEM.test(m[3].replace(/\s/g, ''))) {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour < 1 || hour > NOON_HOUR || minute >= MINUTES_PER_HOUR) return undefined;
    const pm = m[3].toLowerCase().startsWith('p');
    return { minutes: ((hour % NOON_HOUR) + (pm ? NOON_HOUR : 0)) * MINUTES_PER_HOUR + minute, ambiguous: false, bare: false };
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (m[4] === undefined || hour > 23 || minute >= MINUTES_PER_HOUR) return undefined;
  // "09:30" and "14:30" are 24-hour times; "9:30" may be morning or evening.
  const ambiguous = hour >= 1 && hour <= NOON_HOUR && !m[4].startsWith('0');
  return { minutes: hour * MINUTES_PER_HOUR + minute, ambiguous, bare: true };
}

/** Minutes between two clock readings around the clock; a twelve-hour-ambiguous reading takes its nearer half of the day. */
function minutesApart(x: ClockMention, y: ClockMention): number {
  const around = (d: number) => Math.min(d % MINUTES_PER_DAY, MINUTES_PER_DAY - (d % MINUTES_PER_DAY));
  const shifts = x.twelveHourAmbiguous || y.twelveHourAmbiguous ? [0, NOON_HOUR * MINUTES_PER_HOUR] : [0];
  return Math.min(...shifts.map((s) => around(Math.abs(x.minutes - y.minutes + s + MINUTES_PER_DAY))));
}

/** Two clock times for one act that are further apart than rounding allows ("at 10 p.m." / "at 11.30 p.m."). */
export interface ClockClash { x: ClockMention; y: ClockMention; minutes: number }

/**
 * The clock times of two claims about one act that cannot both be right: a time of one side close to a time of the
 * other accounts for both; of the rest, the closest pair in one zone is compared with the slack of the vaguer one.
 */
export function clockClash(xs: readonly ClockMention[], ys: readonly ClockMention[]): ClockClash | null {
  const close = (x: ClockMention, y: ClockMention) => x.zone === y.zone && withinReach(x, y, minutesApart(x, y));
  const freeX = xs.filter((x) => !ys.some((y) => close(x, y)));
  const freeY = ys.filter((y) => !xs.some((x) => close(x, y)));
  let best: ClockClash | null = null;
  for (const x of freeX) {
    for (const y of freeY) {
      if (x.zone !== y.zone) continue;
      const minutes = minutesApart(x, y);
      if (!best || minutes < best.minutes) best = { x, y, minutes };
    }
  }
  return best;
}

function slack(x: ClockMention, y: ClockMention): number {
  return x.approximate || y.approximate ? CLOCK_APPROXIMATE_SLACK_MINUTES : CLOCK_SLACK_MINUTES;
}

/**
 * Two readings that may both be right: points within rounding of each other, a point within rounding of a part of
 * the day, or two parts of the day that overlap (adjoining ones do not: "afternoon" / "evening").
 */
function withinReach(x: ClockMention, y: ClockMention, minutes: number): boolean {
  const [hx, hy] = [x.halfWidth ?? 0, y.halfWidth ?? 0];
  if (hx > 0 && hy > 0) return minutes < hx + hy;
  return minutes <= hx + hy + slack(x, y) || fromEarliest(x, y) || fromEarliest(y, x);
}

/** A clock time between a part of the day's earliest start and its middle ("at 5pm" / "in the evening"). */
function fromEarliest(part: ClockMention, point: ClockMention): boolean {
  return part.earliest !== undefined && point.halfWidth === undefined && point.minutes >= part.earliest - slack(part, point) && point.minutes <= part.minutes;
}

/** Both claims place their acts at clock times, and every two times in one zone are further apart than rounding allows. */
export function clocksApart(a: Claim, b: Claim): boolean {
  // Parts of the day are too wide to tell two occasions apart ("reopened on Monday morning" / "still closed as of Monday
  // evening" is one closure told two ways): only clock times do.
  const points = (c: Claim) => clockMentions(c).filter((m) => m.halfWidth === undefined);
  return mentionsApart(points(a), points(b));
}

/** Two sets of clock times in which every two times in one zone are further apart than rounding allows. */
export function mentionsApart(xs: readonly ClockMention[], ys: readonly ClockMention[]): boolean {
  const pairs = xs.flatMap((x) => ys.filter((y) => y.zone === x.zone).map((y) => [x, y] as const));
  return pairs.length > 0 && pairs.every(([x, y]) => !withinReach(x, y, minutesApart(x, y)));
}
