/** Calendar arithmetic on plain year/month/day triples (UTC-based, so no machine time zone shifts a day). */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const DAYS_PER_WEEK = 7;
const MONDAY = 1;
const SATURDAY_OFFSET = 5;

/** The calendar date a reference string names: "2025-05-14" and "2025-05-14T23:30:00-05:00" both give May 14. */
export function parseReferenceDay(reference: string | undefined): CalendarDay | undefined {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isoDay(addDays(day, 0)) === `${m[1]}-${m[2]}-${m[3]}` ? day : undefined;
}

/** A local-time Date at noon on that day, for chrono's reference (noon keeps it clear of DST edges). */
export function localNoon(day: CalendarDay): Date {
  const NOON = 12;
  return new Date(day.year, day.month - 1, day.day, NOON);
}

export function addDays(day: CalendarDay, n: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day) + n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 (Sunday) … 6 (Saturday). */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

const SUNDAY = 0;
const SATURDAY = 6;

export function isWeekend(day: CalendarDay): boolean {
  const weekday = weekdayOf(day);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** The most recent day with that weekday on or before `day` ("on Tuesday" in past-tense news). */
export function weekdayOnOrBefore(day: CalendarDay, weekday: number): CalendarDay {
  return addDays(day, -((weekdayOf(day) - weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK));
}

/** The nearest day with that weekday on or after `day` ("will reopen on Friday"). */
export function weekdayOnOrAfter(day: CalendarDay, weekday: number): CalendarDay {
  return addDays(day, (weekday - weekdayOf(day) + DAYS_PER_WEEK) % DAYS_PER_WEEK);
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) - MONDAY + DAYS_PER_WEEK) % DAYS_PER_WEEK));
}

export function weekInterval(day: CalendarDay, weeksAhead: number): [CalendarDay, CalendarDay] {
  const monday = addDays(mondayOf(day), weeksAhead * DAYS_PER_WEEK);
  return [monday, addDays(monday, DAYS_PER_WEEK - 1)];
}

export function weekendInterval(day: CalendarDay, weeksAhead: number): [CalendarDay, CalendarDay] {
  const saturday = addDays(mondayOf(day), weeksAhead * DAYS_PER_WEEK + SATURDAY_OFFSET);
  return [saturday, addDays(saturday, 1)];
}

export function monthInterval(year: number, month: number): [CalendarDay, CalendarDay] {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [{ year, month, day: 1 }, { year, month, day: last }];
}

const MONTHS_PER_YEAR = 12;

/** The calendar month `step` months away from year/month ("last month" is step -1). */
export function shiftMonth(year: number, month: number, step: number): { year: number; month: number } {
  const index = year * MONTHS_PER_YEAR + (month - 1) + step;
  return { year: Math.floor(index / MONTHS_PER_YEAR), month: (index % MONTHS_PER_YEAR) + 1 };
}

export function yearInterval(year: number): [CalendarDay, CalendarDay] {
  const DECEMBER = 12;
  const LAST_DAY = 31;
  return [{ year, month: 1, day: 1 }, { year, month: DECEMBER, day: LAST_DAY }];
}

/** "YYYY-MM-DD". */
export function isoDay(day: CalendarDay): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}
