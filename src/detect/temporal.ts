import type { Claim, Time } from '../model/claim.js';
import { TEMPORAL_RELATIVE_STRENGTH, TEMPORAL_STRENGTH, TEMPORAL_ZONE_SLACK_DAYS } from '../lexicon/detector-strengths.js';
import { PRESENT_MOMENT_WORDS } from '../lexicon/date-cues.js';
import type { DetectContext, Detector, DetectorHit } from './types.js';
import { persists } from './opposition.js';
import { datesComparable, weekdayMentions, weekdaysApart, weekdaysIn, type WeekdayMention } from '../match/dates.js';
import type { Span } from '../model/span.js';
import { clockClash, clockMentions } from './clock-times.js';
import { futureVerbGroup } from '../relate/intended-events.js';
import { pastVerbGroup } from '../relate/past-time.js';
import { perClaim } from '../relate/per-claim.js';

const MS_PER_DAY = 86_400_000;
const ISO_DAY_LENGTH = 10;
const UTC_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/** The calendar day of an ISO date or date-time, as whole days since the epoch. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(iso.slice(0, ISO_DAY_LENGTH)) / MS_PER_DAY);
}

interface DayRange {
  from: number;
  to: number;
}

// `to` is read as the last day covered, so "May 2025" (May 1 … May 31) contains "May 16".
function dayRange(time: Time): DayRange {
  let range = dayRanges.get(time);
  if (!range) dayRanges.set(time, (range = { from: dayNumber(time.from), to: dayNumber(time.to) }));
  return range;
}
/** Each date's days, once per date object (two Date.parse calls): every pair of dates compared asks again. */
const dayRanges = new WeakMap<Time, DayRange>();

/** Whole days between two day ranges; 0 when they share a day. */
function dayGap(x: DayRange, y: DayRange): number {
  return Math.max(0, y.from - x.to, x.from - y.to);
}

// The UTC offset of the publication time is the zone a relative date ("on Tuesday") was read in.
function zoneOf(claim: Claim): string | undefined {
  const offset = claim.publishedAt?.match(UTC_OFFSET)?.[1];
  if (offset === undefined) return undefined;
  return offset === 'Z' ? '+00:00' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
}

/**
 * A one-day gap on a relative date read in two different time zones is the zone, not a disagreement; so is a one-day
 * gap where the claims' clock times are told in two zones ("3:20 a.m. local time on Wednesday" / "18:20 GMT on Tuesday").
 */
function explainedByZones(gap: number, x: Time, y: Time, a: Claim, b: Claim): boolean {
  if (gap > TEMPORAL_ZONE_SLACK_DAYS) return false;
  if (clockedInTwoZones(a, b)) return true;
  if (!(x.relative || y.relative)) return false;
  const [za, zb] = [zoneOf(a), zoneOf(b)];
  return za !== undefined && zb !== undefined && za !== zb;
}

/** Both claims give a clock time, and no zone of one is a zone of the other (local time counts as a zone of its own). */
function clockedInTwoZones(a: Claim, b: Claim): boolean {
  const [za, zb] = [clockMentions(a).map((m) => m.zone), clockMentions(b).map((m) => m.zone)];
  return za.length > 0 && zb.length > 0 && !za.some((z) => zb.includes(z)) && [...za, ...zb].some((z) => z !== undefined);
}

/**
 * The days a date covers when set against another: "since May 8" runs on to publication, so it holds "on May 10";
 * against another start ("broke out on May 10", "since May 10") only its first day counts.
 */
function reach(t: Time, other: Time, claim: Claim): DayRange {
  const own = dayRange(t);
  if (t.opens !== 'state' || other.opens !== undefined || claim.publishedAt === undefined) return own;
  return { from: own.from, to: Math.max(own.to, dayNumber(claim.publishedAt)) };
}

/**
 * A date after "by" or "before" that is no possessive ("by Friday", not "hit by Friday's storm"): it bounds when the act
 * happened rather than placing it (Quirk et al. 1985 § 8.64 on "by" and "before" as prepositions of time).
 */
function deadline(t: Time, claim: Claim): boolean {
  const before = claim.span.text.slice(0, Math.max(0, t.span.start - claim.span.start));
  const after = claim.span.text.slice(t.span.end - claim.span.start);
  return /\b(?:by|before)\s+(?:the\s+)?$/i.test(before) && !/^['’]s?\b/.test(after);
}

/** deadline(t, claim), remembered per claim and date: the pairs of dates a claim's pairs compare ask again and again. */
function deadlineIn(t: Time, claim: Claim): boolean {
  let known = deadlines.get(claim);
  if (!known) deadlines.set(claim, (known = new Map()));
  let found = known.get(t);
  if (found === undefined) known.set(t, (found = deadline(t, claim)));
  return found;
}
const deadlines = new WeakMap<Claim, Map<Time, boolean>>();

function gapBetween(x: Time, y: Time, a: Claim, b: Claim): number {
  const [rx, ry] = [reach(x, y, a), reach(y, x, b)];
  // "had their power back by Friday morning": a deadline bounds the act from above, so any earlier day agrees with it;
  // two deadlines ("by September 1" / "by October 1") are compared as they stand.
  const [dx, dy] = [deadlineIn(x, a) && y.opens === undefined, deadlineIn(y, b) && x.opens === undefined];
  if (dx !== dy) return dayGap(dx ? { from: Number.NEGATIVE_INFINITY, to: rx.to } : rx, dy ? { from: Number.NEGATIVE_INFINITY, to: ry.to } : ry);
  return dayGap(rx, ry);
}

function accounted(t: Time, own: Claim, other: Claim): boolean {
  return other.times.some((o) => datesComparable(t, o) && gapBetween(t, o, own, other) === 0);
}

/**
 * Time prepositions that bound an act rather than place it (Quirk et al. 1985, § 8.64 "until", "before", "by";
 * § 10.63 "not until" focuses the negation on the time): "will not open until March" says when it opens.
 */
const BOUNDING = /\b(?:until|till|through|before|after|since|by)\s+(?:the\s+)?$/i;
const BOUNDING_SPAN = /^(?:until|till|through|before|after|since|by)\s/i;

/**
 * A date of an act denied by clausal negation that only places the denial ("did not meet on Monday"): it says the act
 * did not happen then, which any other date for the act agrees with. A bounding date ("not until March") still dates
 * the act, and so does a date of a refusal or dismissal verb ("dismissed the coach in October"), which is an act itself.
 */
function deniedOccasion(span: Span, claim: Claim): boolean {
  if (claim.proposition.state !== 'negated' || claim.proposition.negated !== true) return false;
  const before = claim.span.text.slice(0, Math.max(0, span.start - claim.span.start));
  return !BOUNDING.test(before) && !BOUNDING_SPAN.test(span.text);
}

const PRESENT_MOMENT: ReadonlySet<string> = new Set(PRESENT_MOMENT_WORDS);

/**
 * The dates that place the claim's act: all of them, except those that only place a denial and the present moment
 * ("now has room for six lathes"), which dates no act: it says a state holds as the report is written.
 */
/** The claim's dates of its act, once per claim: both sides of every pair are read. */
const actDates: (claim: Claim) => readonly Time[] = perClaim(readActDates);

function readActDates(claim: Claim): Time[] {
  return claim.times.filter((t) => !deniedOccasion(t.span, claim) && !PRESENT_MOMENT.has(t.span.text.toLowerCase()));
}

/**
 * "will open for the summer on 23 May" / "opened in 1935": one report tells the event as still to come when it was
 * written, the other dates it before then, so they tell two occurrences of it (Quirk et al. 1985 § 4.41 on future
 * time), not two dates for one.
 */
function twoOccurrences(x: Time, y: Time, a: Claim, b: Claim): boolean {
  const pastBefore = (t: Time, past: Claim, coming: Claim) =>
    coming.publishedAt !== undefined && futureVerbGroup(coming) && pastVerbGroup(past) && dayRange(t).to < dayNumber(coming.publishedAt);
  return pastBefore(x, a, b) || pastBefore(y, b, a);
}

/**
 * "was closed on Saturday" / "as of Monday the basin was still closed": a claim that its state still holds dates when
 * it was seen holding, not when it began; a later such date agrees with the other's date of the change (continuative
 * "still" presupposes the state held before: Quirk et al. 1985 on "still" among the adjuncts of time relationship).
 */
function observedLater(x: Time, y: Time, a: Claim, b: Claim, context: DetectContext): boolean {
  const [pa, pb] = [persists(a, context), persists(b, context)];
  if (pa === pb) return false;
  const [seen, onset] = pa ? [x, y] : [y, x];
  return dayRange(seen).from >= dayRange(onset).to;
}

/**
 * Dates of one event that share no day: "on May 16, 2025" vs "on May 15, 2025". A date that shares a day
 * with any date of the other claim is accounted for; the closest pair of unaccounted dates is compared,
 * so an extra date on one side ("talks resume on May 20") is not set against the event's date.
 */
export const detectTemporal: Detector = (a, b, context) => {
  let best: { gap: number; x: Time; y: Time } | null = null;
  for (const x of actDates(a).filter((t) => !accounted(t, a, b))) {
    for (const y of actDates(b).filter((t) => !accounted(t, b, a))) {
      if (!datesComparable(x, y) || sameWeekdayWritten(x, y) || twoOccurrences(x, y, a, b) || observedLater(x, y, a, b, context)) continue;
      const gap = gapBetween(x, y, a, b);
      if (!best || gap < best.gap) best = { gap, x, y };
    }
  }
  if (!best) return weekdayClash(a, b) ?? clockTimeClash(a, b);
  if (explainedByZones(best.gap, best.x, best.y, a, b)) return null;
  const relative = best.x.relative || best.y.relative;
  return {
    kind: 'temporal',
    strength: relative ? TEMPORAL_RELATIVE_STRENGTH : TEMPORAL_STRENGTH,
    evidence: [best.x.span, best.y.span],
    detail: `${best.x.span.text} vs ${best.y.span.text} (${best.gap} day${best.gap === 1 ? '' : 's'} apart)`,
  };
};

/**
 * "on Monday" / "on Monday" in reports published on different days: both name the same weekday with no calendar date,
 * and they fall apart only as each is counted from its own publication day. Reporters of one event who name the same
 * weekday mean the same day (a report written before it went out keeps its writer's "Monday"), so that is no clash.
 */
function sameWeekdayWritten(x: Time, y: Time): boolean {
  if (!x.relative || !y.relative || /\d/.test(x.span.text + y.span.text)) return false;
  const [dx, dy] = [weekdaysIn(x.span.text), weekdaysIn(y.span.text)];
  return dx.length === 1 && dy.length === 1 && dx[0]!.day === dy[0]!.day;
}

/**
 * Two undated reports that give one event different weekdays ("made landfall on Tuesday" / "on Wednesday"): with no
 * publication date the weekdays resolve to no date, yet they name two days at most six apart, so they cannot both
 * be the event's day. Relative, so at the relative-date strength.
 */
function weekdayClash(a: Claim, b: Claim): DetectorHit | null {
  if (!weekdaysApart(a, b)) return null;
  const [xs, ys] = [a, b].map((c) => weekdayMentions(c).filter((w) => !deniedOccasion(w.span, c))) as [WeekdayMention[], WeekdayMention[]];
  const [x, y] = [xs[0], ys[0]];
  if (x === undefined || y === undefined || xs.some((w) => ys.some((v) => v.day === w.day))) return null;
  return { kind: 'temporal', strength: TEMPORAL_RELATIVE_STRENGTH, evidence: [x.span, y.span], detail: `${x.span.text} vs ${y.span.text}` };
}

/**
 * One act placed at two clock times further apart than rounding allows ("broke out at 9 a.m." / "at 3 p.m."), where no
 * date tells the two days apart. Clock times in early reports are often approximate, so at the relative-date strength.
 */
/** The claim's clock times that place its act (not a denied occasion), once per claim. */
const placedClocks = perClaim((c: Claim) => clockMentions(c).filter((m) => !deniedOccasion(m.span, c)));

function clockTimeClash(a: Claim, b: Claim): DetectorHit | null {
  const [xs, ys] = [placedClocks(a), placedClocks(b)];
  // No clock time on either side: clockClash would find no pair.
  if (xs.length === 0 || ys.length === 0) return null;
  const clash = clockClash(xs, ys);
  if (clash === null) return null;
  const { x, y, minutes } = clash;
  // A part of the day is a stretch, not a point: the minutes between their middles would say nothing.
  const apart = x.halfWidth === undefined && y.halfWidth === undefined ? ` (${minutes} minutes apart)` : '';
  return { kind: 'temporal', strength: TEMPORAL_RELATIVE_STRENGTH, evidence: [x.span, y.span], detail: `${x.span.text} vs ${y.span.text}${apart}` };
}
